import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { call } from './helpers'
import { LEAD_KEYS, type LeadBody, addLead, newCampaign, startEmpty } from './leads-fixtures'

describe('POST /campaigns/{campaign_id}/leads/manual (L3)', () => {
  let sandbox: SandboxHandle
  let key: string
  let campaignId: string

  beforeAll(async () => {
    ;({ sandbox, key } = await startEmpty())
    campaignId = await newCampaign(sandbox, key)
  })
  afterAll(() => sandbox.close())

  it('answers 201 with exactly the documented individual-lead body', async () => {
    const res = await addLead(sandbox, key, campaignId, {
      email: 'Jane.Doe@Example.COM',
      first_name: 'Jane',
      last_name: 'Doe',
      company: 'Acme',
      custom_fields: { job_title: 'CTO', employees: 250 }
    })
    expect(res.status).toBe(201)
    const lead = res.body as LeadBody
    expect(Object.keys(lead)).toEqual(LEAD_KEYS)
    expect(lead).toMatchObject({
      batch_id: null,
      email: 'Jane.Doe@example.com',
      first_name: 'Jane',
      last_name: 'Doe',
      company: 'Acme',
      status: 'PENDING',
      last_contacted_at: null,
      opened_at: null,
      replied_at: null,
      custom_fields: { job_title: 'CTO', employees: '250' },
      sequence_step: 0,
      email_opened: false,
      email_replied: false,
      unsubscribed: false
    })
    expect(lead.lead_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(lead.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  })

  it('defaults names to null and custom_fields to {} (null custom_fields too); unwraps "Name <addr>"', async () => {
    const res = await addLead(sandbox, key, campaignId, { email: ' Bob Smith <bob@smith.io> ', custom_fields: null })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ email: 'bob@smith.io', first_name: null, last_name: null, company: null, custom_fields: {} })
  })

  it('rejects bad emails with Pydantic v1 EmailStr wording', async () => {
    for (const email of ['not-an-email', 'a@b', 'two@@at.com', 'dots..@x.com', 'a@localhost', '']) {
      const res = await addLead(sandbox, key, campaignId, { email })
      expect(res.status, email).toBe(422)
      expect(res.body).toEqual({ detail: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error.email' }] })
    }
  })

  it('reports every field problem at once, path first, in field order', async () => {
    const res = await call(sandbox, '/campaigns/nope/leads/manual', {
      key,
      json: { first_name: ['x'], custom_fields: { ok: 'yes', bad: { nested: true } } }
    })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
        { loc: ['body', 'email'], msg: 'field required', type: 'value_error.missing' },
        { loc: ['body', 'first_name'], msg: 'str type expected', type: 'type_error.str' },
        { loc: ['body', 'custom_fields', 'bad'], msg: 'str type expected', type: 'type_error.str' }
      ]
    })
    const notDict = await addLead(sandbox, key, campaignId, { email: 'x@y.com', custom_fields: ['a'] })
    expect(notDict.body).toEqual({ detail: [{ loc: ['body', 'custom_fields'], msg: 'value is not a valid dict', type: 'type_error.dict' }] })
    const empty = await call(sandbox, `/campaigns/${campaignId}/leads/manual`, { key, method: 'POST' })
    expect(empty.body).toEqual({ detail: [{ loc: ['body'], msg: 'field required', type: 'value_error.missing' }] })
  })

  it('refuses a duplicate email in the same campaign (case-insensitive) with 409, but not in another campaign', async () => {
    expect((await addLead(sandbox, key, campaignId, { email: 'dup@example.com' })).status).toBe(201)
    const again = await addLead(sandbox, key, campaignId, { email: 'DUP@Example.com' })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ detail: 'Lead with email DUP@example.com already exists in this campaign' })
    const other = await newCampaign(sandbox, key, 'Another leads campaign')
    expect((await addLead(sandbox, key, other, { email: 'dup@example.com' })).status).toBe(201)
  })

  it('answers 404 for an unknown campaign and keeps the campaign counter in step', async () => {
    const unknown = await addLead(sandbox, key, '3c90c3cc-0d44-4b50-8888-8dd25736052a', { email: 'a@b.com' })
    expect(unknown).toMatchObject({ status: 404, body: { detail: 'Campaign not found' } })
    const fresh = await newCampaign(sandbox, key, 'Counter campaign')
    await addLead(sandbox, key, fresh, { email: 'one@example.com' })
    await addLead(sandbox, key, fresh, { email: 'two@example.com' })
    expect((await call(sandbox, `/campaigns/${fresh}`, { key })).body).toMatchObject({ total_leads: 2 })
  })

  it('checks scopes: create needs leads:create, reads need leads:read, delete needs leads:delete; leads:all grants all', async () => {
    const readOnly = sandbox.issueKey({ scopes: ['leads:read'] })
    const creator = sandbox.issueKey({ scopes: ['leads:create'] })
    const campaignsAll = sandbox.issueKey({ scopes: ['campaigns:all'] })
    const leadsAll = sandbox.issueKey({ scopes: ['leads:all'] })
    const denied = await addLead(sandbox, readOnly, campaignId, { email: 'scoped@example.com' })
    expect(denied).toMatchObject({ status: 403, body: { detail: 'Missing required scopes: leads:create', required: ['leads:create'], granted: ['leads:read'] } })
    expect((await call(sandbox, `/campaigns/${campaignId}/leads`, { key: creator })).status).toBe(403)
    expect((await call(sandbox, `/campaigns/${campaignId}/leads/stats`, { key: campaignsAll })).status).toBe(403)
    const lead = (await addLead(sandbox, creator, campaignId, { email: 'scoped@example.com' })).body as LeadBody
    const del = await call(sandbox, `/campaigns/${campaignId}/leads/${lead.lead_id}`, { key: readOnly, method: 'DELETE' })
    expect(del).toMatchObject({ status: 403, body: { required: ['leads:delete'] } })
    expect((await call(sandbox, `/campaigns/${campaignId}/leads`, { key: leadsAll })).status).toBe(200)
    expect((await call(sandbox, `/campaigns/${campaignId}/leads/${lead.lead_id}`, { key: leadsAll, method: 'DELETE' })).status).toBe(200)
  })
})

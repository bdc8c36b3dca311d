import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { call, tempDir } from './helpers'
import { LEAD_KEYS, type LeadBody, NO_RATE_LIMIT, addLead, editState, newCampaign, upload } from './leads-fixtures'

/** Statuses planted on the first leads (the other 19 stay PENDING). */
const PLANTED = ['SENT', 'OPENED', 'REPLIED', 'BOUNCED', 'UNSUBSCRIBED', 'FAILED']
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli']

type ListBody = { success: boolean; message: string; leads: LeadBody[]; pagination: Record<string, unknown> }

describe('lead list, detail, stats and delete (L4–L7)', () => {
  let sandbox: SandboxHandle
  let key: string
  let campaignId: string
  let closedId: string
  let ids: string[]
  let cleanup: () => Promise<void>
  const list = async (query = '') => (await call(sandbox, `/campaigns/${campaignId}/leads${query}`, { key })).body as ListBody

  beforeAll(async () => {
    const tmp = await tempDir()
    cleanup = tmp.cleanup
    const opts = { dataDir: tmp.dir, seed: false, rateLimit: NO_RATE_LIMIT }
    const first = await startSandbox(opts)
    key = first.issueKey({ scopes: ['*'] })
    campaignId = await newCampaign(first, key)
    closedId = await newCampaign(first, key, 'Finished campaign')
    ids = []
    for (let i = 0; i < 25; i++) {
      const body = { email: `person${i}@lead${i % 3}.com`, first_name: `First${i}`, last_name: i === 4 ? 'Zebra' : 'Smith', company: COMPANIES[i % 5] }
      ids.push(((await addLead(first, key, campaignId, body)).body as LeadBody).lead_id)
    }
    await first.close()
    await editState(tmp.dir, (state) => {
      const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}T10:00:00Z`
      PLANTED.forEach((status, i) => {
        const lead = state.leads.find((l) => l.lead_id === ids[i])!
        Object.assign(lead, { status, sequence_step: status === 'REPLIED' || status === 'OPENED' ? 2 : 1, last_contacted_at: day(10) })
        if (status === 'OPENED' || status === 'REPLIED') Object.assign(lead, { email_opened: true, opened_at: day(11) })
        if (status === 'REPLIED') Object.assign(lead, { email_replied: true, replied_at: day(12), delivery_status: 'Delivered' })
        if (status === 'UNSUBSCRIBED') lead.unsubscribed = true
      })
      state.campaigns.find((c) => c.campaign_id === closedId)!.status = 'COMPLETED'
    })
    sandbox = await startSandbox(opts)
  })
  afterAll(async () => {
    await sandbox.close()
    await cleanup()
  })

  it('lists leads oldest first with documented pagination and the individual-lead shape', async () => {
    const page1 = await list()
    expect(page1.success).toBe(true)
    expect(page1.message).toBe('Leads retrieved successfully')
    expect(page1.leads).toHaveLength(20)
    expect(page1.pagination).toEqual({ page: 1, limit: 20, total: 25, pages: 2, has_next: true, has_prev: false })
    expect(Object.keys(page1.leads[0]!)).toEqual(LEAD_KEYS)
    expect(page1.leads.map((l) => l.lead_id)).toEqual(ids.slice(0, 20))
    const page2 = await list('?page=2&limit=20')
    expect(page2.leads.map((l) => l.lead_id)).toEqual(ids.slice(20))
    expect(page2.pagination).toEqual({ page: 2, limit: 20, total: 25, pages: 2, has_next: false, has_prev: true })
    expect((await list('?page=9')).leads).toEqual([])
  })

  it('validates list query parameters like FastAPI and rejects unknown statuses with 400', async () => {
    const bad = await call(sandbox, `/campaigns/${campaignId}/leads?page=0&limit=101`, { key })
    expect(bad.status).toBe(422)
    expect(bad.body).toEqual({
      detail: [
        { loc: ['query', 'page'], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } },
        { loc: ['query', 'limit'], msg: 'ensure this value is less than or equal to 100', type: 'value_error.number.not_le', ctx: { limit_value: 100 } }
      ]
    })
    const status = await call(sandbox, `/campaigns/${campaignId}/leads?status=WAITING`, { key })
    expect(status).toMatchObject({ status: 400, body: { detail: expect.stringContaining("Invalid status 'WAITING'") } })
  })

  it('filters by status (any case) and searches email, names and company', async () => {
    expect((await list('?status=pending')).pagination).toMatchObject({ total: 19 })
    expect((await list('?status=REPLIED')).leads.map((l) => l.lead_id)).toEqual([ids[2]])
    expect((await list('?search=ZEBRA')).leads.map((l) => l.lead_id)).toEqual([ids[4]])
    expect((await list('?search=globex')).pagination).toMatchObject({ total: 5 })
    expect((await list('?search=%40lead1.com&status=PENDING&limit=3')).pagination).toMatchObject({ total: 6, pages: 2 })
    expect((await list('?status=&search=')).pagination).toMatchObject({ total: 25 })
  })

  it('shows a lead with per-step interactions and replies derived from its history', async () => {
    const res = await call(sandbox, `/campaigns/${campaignId}/leads/${ids[2]}`, { key })
    expect(res.status).toBe(200)
    const lead = res.body as LeadBody & { email_interactions: Array<Record<string, unknown>>; replies: Array<Record<string, unknown>> }
    expect(lead).toMatchObject({ status: 'REPLIED', delivery_status: 'Delivered', sequence_step: 2 })
    expect(lead.email_interactions).toHaveLength(2)
    expect(lead.email_interactions[0]).toMatchObject({ sequence_step: 1, sent_at: '2024-03-07T10:00:00Z', sent: true, opened: false, bounced: false })
    expect(lead.email_interactions[1]).toMatchObject({
      sequence_step: 2, sent_at: '2024-03-10T10:00:00Z', opened_at: '2024-03-11T10:00:00Z', replied_at: '2024-03-12T10:00:00Z', opened: true
    })
    expect(Object.keys(lead.email_interactions[0]!)).toEqual(
      ['email_id', 'sequence_step', 'subject', 'sent_at', 'opened_at', 'replied_at', 'inbox_email', 'sent', 'opened', 'bounced']
    )
    expect(lead.replies).toEqual([expect.objectContaining({ received_at: '2024-03-12T10:00:00Z', is_auto_reply: false, is_unsubscribe: false })])
    const again = (await call(sandbox, `/campaigns/${campaignId}/leads/${ids[2]}`, { key })).body
    expect(again).toEqual(lead)
    const bounced = (await call(sandbox, `/campaigns/${campaignId}/leads/${ids[3]}`, { key })).body as typeof lead
    expect(bounced.email_interactions).toEqual([expect.objectContaining({ sent: true, bounced: true })])
    const pending = (await call(sandbox, `/campaigns/${campaignId}/leads/${ids[10]}`, { key })).body as typeof lead
    expect(pending).toMatchObject({ email_interactions: [], replies: [], delivery_status: null })
  })

  it('answers 422 for malformed ids, 404 for unknown leads, and never takes "stats" for a lead id', async () => {
    const both = await call(sandbox, '/campaigns/x/leads/y', { key })
    expect((both.body as { detail: Array<{ loc: unknown }> }).detail.map((d) => d.loc)).toEqual([['path', 'campaign_id'], ['path', 'lead_id']])
    const unknown = await call(sandbox, `/campaigns/${campaignId}/leads/3c90c3cc-0d44-4b50-8888-8dd25736052a`, { key })
    expect(unknown).toMatchObject({ status: 404, body: { detail: 'Lead not found' } })
    const otherCampaign = await call(sandbox, `/campaigns/${closedId}/leads/${ids[0]}`, { key })
    expect(otherCampaign.status).toBe(404)
    expect((await call(sandbox, `/campaigns/${campaignId}/leads/stats`, { key })).status).toBe(200)
  })

  it('counts leads per documented status, zeros included', async () => {
    const res = await call(sandbox, `/campaigns/${campaignId}/leads/stats`, { key })
    expect(res.body).toEqual({
      success: true,
      message: 'Lead stats retrieved successfully',
      campaign_id: campaignId,
      total: 25,
      by_status: { PENDING: 19, QUEUED: 0, SENT: 1, OPENED: 1, REPLIED: 1, FAILED: 1, BOUNCED: 1, UNSUBSCRIBED: 1, EXTERNAL: 0 }
    })
  })

  it('refuses new leads on COMPLETED campaigns (manual and CSV) with 400', async () => {
    const manual = await addLead(sandbox, key, closedId, { email: 'late@example.com' })
    expect(manual).toMatchObject({ status: 400, body: { detail: 'Leads cannot be added to a COMPLETED campaign' } })
    const csv = await upload(sandbox, key, closedId, { file: 'Email\nlate@example.com\n', mapping: { email: 'Email' } })
    expect(csv).toMatchObject({ status: 400, body: { detail: 'Leads cannot be added to a COMPLETED campaign' } })
  })

  it('deletes only PENDING leads, one at a time', async () => {
    const del = await call(sandbox, `/campaigns/${campaignId}/leads/${ids[24]}`, { key, method: 'DELETE' })
    expect(del).toMatchObject({ status: 200, body: { success: true, message: 'Lead deleted successfully', lead_id: ids[24], deleted: true } })
    expect((await call(sandbox, `/campaigns/${campaignId}/leads/${ids[24]}`, { key })).status).toBe(404)
    expect((await call(sandbox, `/campaigns/${campaignId}/leads/${ids[24]}`, { key, method: 'DELETE' })).status).toBe(404)
    const sent = await call(sandbox, `/campaigns/${campaignId}/leads/${ids[0]}`, { key, method: 'DELETE' })
    expect(sent).toMatchObject({ status: 400, body: { detail: 'Only PENDING leads can be deleted' } })
    expect((await call(sandbox, `/campaigns/${campaignId}`, { key })).body).toMatchObject({ total_leads: 24, sent_count: 4, bounce_count: 1 })
  })

  it('bulk-deletes PENDING leads and reports the rest per id', async () => {
    const unknown = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
    const lead_ids = [ids[20], ids[1], unknown, ids[21], ids[20]!.toUpperCase()]
    const res = await call(sandbox, `/campaigns/${campaignId}/leads`, { key, method: 'DELETE', json: { lead_ids } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      success: true,
      message: 'Deleted 2 of 4 lead(s)',
      campaign_id: campaignId,
      requested_count: 4,
      deleted_count: 2,
      skipped_count: 1,
      not_found_count: 1,
      results: [
        { lead_id: ids[20], deleted: true, error: null },
        { lead_id: ids[1], deleted: false, error: 'Only PENDING leads can be deleted' },
        { lead_id: unknown, deleted: false, error: 'Lead not found' },
        { lead_id: ids[21], deleted: true, error: null }
      ]
    })
    expect((await list()).pagination).toMatchObject({ total: 22 })
    const empty = await call(sandbox, `/campaigns/${campaignId}/leads`, { key, method: 'DELETE', json: { lead_ids: [] } })
    expect(empty.body).toEqual({
      detail: [{ loc: ['body', 'lead_ids'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } }]
    })
    const tooMany = await call(sandbox, `/campaigns/${campaignId}/leads`, { key, method: 'DELETE', json: { lead_ids: Array(101).fill(unknown) } })
    expect(tooMany.body).toMatchObject({ detail: [{ type: 'value_error.list.max_items' }] })
    const badId = await call(sandbox, `/campaigns/${campaignId}/leads`, { key, method: 'DELETE', json: { lead_ids: [unknown, 'nope'] } })
    expect(badId.body).toEqual({ detail: [{ loc: ['body', 'lead_ids', 1], msg: 'value is not a valid uuid', type: 'type_error.uuid' }] })
  })
})

describe('leads of the seeded demo campaigns', () => {
  let sandbox: SandboxHandle
  let key: string

  beforeAll(async () => {
    sandbox = await startSandbox({ dataDir: null, rateLimit: NO_RATE_LIMIT })
    key = sandbox.issueKey({ scopes: ['*'] })
  })
  afterAll(() => sandbox.close())

  it('agree with the campaign counters and show their sends from the campaign inboxes', async () => {
    const campaigns = ((await call(sandbox, '/campaigns?limit=100', { key })).body as { campaigns: Array<{ campaign_id: string; status: string; total_leads: number }> }).campaigns
    for (const c of campaigns) {
      const stats = (await call(sandbox, `/campaigns/${c.campaign_id}/leads/stats`, { key })).body as { total: number }
      expect(stats.total).toBe(c.total_leads)
    }
    const active = campaigns.find((c) => c.status === 'ACTIVE')!
    const detail = (await call(sandbox, `/campaigns/${active.campaign_id}`, { key })).body as { inboxes: Array<{ email_address: string }> }
    const sent = ((await call(sandbox, `/campaigns/${active.campaign_id}/leads?status=SENT&limit=1`, { key })).body as ListBody).leads[0]
    const lead = (await call(sandbox, `/campaigns/${active.campaign_id}/leads/${sent!.lead_id}`, { key })).body as { email_interactions: Array<{ inbox_email: string | null }> }
    expect(lead.email_interactions.length).toBeGreaterThan(0)
    expect(detail.inboxes.length).toBeGreaterThan(0)
    const inboxes = detail.inboxes.map((b) => b.email_address)
    for (const i of lead.email_interactions) expect(inboxes).toContain(i.inbox_email)
  })
})

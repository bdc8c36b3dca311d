import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteCampaign } from '../../src/sandbox/resources/campaigns/lifecycle'
import type { LeadUploadJob } from '../../src/sandbox/resources/leads/record'
import { seededState } from '../../src/sandbox/seed/state'
import type { SandboxState } from '../../src/sandbox/store/state'
import { call } from './helpers'
import { type ArrangedSandbox, ensureInbox, seededCampaign, startArranged } from './campaigns-fixtures'

const DRAFT_WITH_LEADS = 'Logistics Ops Managers Q2'

describe('campaign state machine: launch → pause → activate/resume → delete (C4–C7)', () => {
  let env: ArrangedSandbox
  let id: string
  let inbox: { inbox_id: string; email_address: string; display_name: string; inbox_type: string }
  const req = (path: string, method: string, json?: unknown) => call(env.sandbox, `/campaigns/${id}${path}`, { key: env.key, method, json })
  const expectRefusal = async (path: string, method: string, detail: string, json?: unknown) => {
    const res = await req(path, method, json)
    expect([res.status, res.body]).toEqual([400, { detail }])
  }

  beforeAll(async () => {
    env = await startArranged((state) => {
      inbox = ensureInbox(state)
      id = seededCampaign(state, DRAFT_WITH_LEADS).campaign_id
    })
  })
  afterAll(() => env.cleanup())

  it('builds a new campaign up step by step: missing requirements shrink as variants and inboxes arrive', async () => {
    const created = await call(env.sandbox, '/campaigns', { key: env.key, json: { name: 'Step by step campaign' } })
    const newId = (created.body as { campaign_id: string }).campaign_id
    const put = (json: unknown) => call(env.sandbox, `/campaigns/${newId}`, { key: env.key, method: 'PUT', json })
    expect((await put({ launch: true })).body).toEqual({ detail: 'Campaign is not ready to launch. Missing requirements: leads, inboxes, variants' })
    expect((await put({ variants: [{ subject_template: 'Hi {{first_name}}', email_content: 'A short hello for you.' }] })).body).toMatchObject({ missing_requirements: ['leads', 'inboxes'] })
    const withInbox = await put({ inbox_ids: [inbox.inbox_id, inbox.inbox_id.toUpperCase()] })
    expect(withInbox.body).toMatchObject({ status: 'DRAFT', is_launch_ready: false, missing_requirements: ['leads'] })
    const detail = (await call(env.sandbox, `/campaigns/${newId}`, { key: env.key })).body
    expect(detail).toMatchObject({
      current_step: 4,
      inboxes: [{ inbox_id: inbox.inbox_id, email_address: inbox.email_address, display_name: inbox.display_name, inbox_type: inbox.inbox_type }]
    })
    expect(Object.keys((detail as { inboxes: object[] }).inboxes[0]!)).toEqual(['inbox_id', 'email_address', 'display_name', 'inbox_type'])
    expect((await put({ launch: true })).body).toEqual({ detail: 'Campaign is not ready to launch. Missing requirements: leads' })
  })

  it('launches a DRAFT with leads and variants once inboxes are assigned in the same request', async () => {
    const before = (await call(env.sandbox, `/campaigns/${id}`, { key: env.key })).body as Record<string, unknown>
    const res = await req('', 'PUT', { inbox_ids: [inbox.inbox_id], launch: true })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      success: true,
      message: 'Campaign launched successfully',
      campaign_id: id,
      name: DRAFT_WITH_LEADS,
      status: 'ACTIVE',
      is_launch_ready: true,
      updated_at: expect.stringMatching(/Z$/),
      missing_requirements: []
    })
    const after = (await call(env.sandbox, `/campaigns/${id}`, { key: env.key })).body as Record<string, unknown>
    expect(after).toMatchObject({ status: 'ACTIVE', current_step: 5, launched_at: (res.body as { updated_at: string }).updated_at })
    expect(after['total_leads']).toBe(before['total_leads'])
    expect(after['total_leads']).toBeGreaterThanOrEqual(15)
  })

  it('refuses edits, relaunch, activation and deletion while ACTIVE', async () => {
    await expectRefusal('', 'PUT', 'Campaign cannot be modified while ACTIVE. Pause the campaign first.', { name: 'Not while active' })
    await expectRefusal('', 'PUT', 'Campaign cannot be modified while ACTIVE. Pause the campaign first.', { launch: true })
    await expectRefusal('/activate', 'POST', 'Only PAUSED campaigns can be activated (campaign is ACTIVE)')
    await expectRefusal('/resume', 'POST', 'Only PAUSED campaigns can be activated (campaign is ACTIVE)')
    await expectRefusal('', 'DELETE', 'Only DRAFT or PAUSED campaigns can be deleted')
  })

  it('pauses, edits while paused, activates, pauses again and resumes', async () => {
    const paused = await req('/pause', 'POST')
    expect([paused.status, paused.body]).toEqual([200, { success: true, message: 'Campaign paused successfully', campaign_id: id, status: 'PAUSED' }])
    await expectRefusal('/pause', 'POST', 'Only ACTIVE campaigns can be paused (campaign is PAUSED)')
    const edited = await req('', 'PUT', { daily_limit_per_inbox: 45 })
    expect(edited.body).toMatchObject({ status: 'PAUSED', is_launch_ready: true, missing_requirements: [] })
    const activated = await req('/activate', 'POST')
    expect([activated.status, activated.body]).toEqual([200, { success: true, message: 'Campaign activated successfully', campaign_id: id, status: 'ACTIVE' }])
    expect((await req('/pause', 'POST')).status).toBe(200)
    const resumed = await req('/resume', 'POST')
    expect([resumed.status, resumed.body]).toEqual([200, { success: true, message: 'Campaign activated successfully', campaign_id: id, status: 'ACTIVE' }])
  })

  it('deletes a PAUSED campaign with its leads; afterwards every campaign route answers 404', async () => {
    expect((await req('/pause', 'POST')).status).toBe(200)
    const deleted = await req('', 'DELETE')
    expect([deleted.status, deleted.body]).toEqual([200, { success: true, message: 'Campaign deleted successfully', campaign_id: id, deleted: true }])
    for (const [path, method] of [['', 'GET'], ['', 'PUT'], ['', 'DELETE'], ['/pause', 'POST'], ['/activate', 'POST']] as const) {
      const res = await req(path, method, method === 'PUT' ? {} : undefined)
      expect([path, method, res.status, res.body]).toEqual([path, method, 404, { detail: 'Campaign not found' }])
    }
    await env.sandbox.close()
    const saved = JSON.parse(await readFile(join(env.dataDir, 'state.json'), 'utf8')) as SandboxState
    expect(saved.campaigns.some((c) => c.campaign_id === id)).toBe(false)
    expect(saved.leads.some((l) => l.campaign_id === id)).toBe(false)
    expect(saved.leads.length).toBeGreaterThan(0)
  })

  it('deletes DRAFTs but refuses COMPLETED and FAILED campaigns', async () => {
    const other = await startArranged()
    try {
      const del = (name: string) => call(other.sandbox, `/campaigns/${seededCampaign(other.state, name).campaign_id}`, { key: other.key, method: 'DELETE' })
      expect((await del('Zürich Fintech Leaders')).status).toBe(200)
      expect((await del('Q1 SaaS Founders Outreach')).body).toEqual({ detail: 'Only DRAFT or PAUSED campaigns can be deleted' })
      expect((await del('E-commerce Brand Owners')).body).toEqual({ detail: 'Only DRAFT or PAUSED campaigns can be deleted' })
      const pauseCompleted = await call(other.sandbox, `/campaigns/${seededCampaign(other.state, 'Q1 SaaS Founders Outreach').campaign_id}/pause`, { key: other.key, method: 'POST' })
      expect(pauseCompleted.body).toEqual({ detail: 'Only ACTIVE campaigns can be paused (campaign is COMPLETED)' })
    } finally {
      await other.cleanup()
    }
  })
})

describe('deleteCampaign', () => {
  it('removes the campaign, its leads and its upload jobs, and nothing of other campaigns', () => {
    const state = seededState(new Date())
    const victim = seededCampaign(state, DRAFT_WITH_LEADS)
    const keeper = seededCampaign(state, 'Series A Fintech CFOs')
    const job = (campaign_id: string) => ({ job_id: crypto.randomUUID(), campaign_id }) as unknown as LeadUploadJob
    state.lead_upload_jobs.push(job(victim.campaign_id), job(keeper.campaign_id))
    const leadsBefore = state.leads.length
    const victimLeads = state.leads.filter((l) => l.campaign_id === victim.campaign_id).length
    expect(victimLeads).toBeGreaterThan(0)
    expect(deleteCampaign(state, victim)).toEqual({ ok: true })
    expect(state.campaigns.map((c) => c.campaign_id)).not.toContain(victim.campaign_id)
    expect(state.leads).toHaveLength(leadsBefore - victimLeads)
    expect(state.lead_upload_jobs.map((j) => j.campaign_id)).toEqual([keeper.campaign_id])
    expect(deleteCampaign(state, keeper)).toEqual({ ok: false, problem: 'Only DRAFT or PAUSED campaigns can be deleted' })
    expect(state.campaigns).toContain(keeper)
  })
})

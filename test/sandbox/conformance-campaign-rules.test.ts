import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { seededState } from '../../src/sandbox/seed/state'
import type { SandboxState } from '../../src/sandbox/store/state'
import { type ApiResponse, call, plantInbox, startFromState } from './helpers'

/**
 * Campaign conformance beyond the endpoint matrix: the C4 behaviour examples and the C5–C7 bodies the API
 * notes propose, every campaign error body of §3.4/§3.7, the state machine of §4 as a full status × action
 * table, and the documented limits (§2.1) at their boundaries: the last accepted value and the first refused one.
 */

/** The C4 code sample's comments, verbatim. */
const DOC_C4_AFTER_VARIANTS = { is_launch_ready: false, missing_requirements: ['leads', 'inboxes'] }
const DOC_C4_AFTER_LAUNCH = { status: 'ACTIVE', is_launch_ready: true, missing_requirements: [] }
/** The G1 `lead_mapping` example sent through PUT /campaigns/{id}, verbatim. */
const DOC_G1_LEAD_MAPPING = { email: 'email', first_name: 'first_name', last_name: 'last_name', company: 'company', custom_size: 'company_size' }
/** §3.7 proposals the sandbox uses for campaigns, verbatim. */
const DOC_ERRORS = {
  notFound: { detail: 'Campaign not found' },
  notModifiable: { detail: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.' },
  notReady: { detail: 'Campaign is not ready to launch. Missing requirements: leads, inboxes' },
  distribution: { detail: 'Variant distribution percentages must sum to 100 (got 90)' },
  deleteNotAllowed: { detail: 'Only DRAFT or PAUSED campaigns can be deleted' }
}

const INBOX_ID = 'b2000000-0000-4000-8000-000000000001'
const UNKNOWN = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
const NO_RATE_LIMIT = { perMinute: 100_000, perHour: 1_000_000 }
const variant = (name: string, percent: number) => ({
  subject_template: 'Quick question, {{first_name}}',
  email_content: 'Hi {{first_name}}, a short note about your outreach.',
  variant_name: name,
  distribution_percent: percent
})
const followUp = (step: number, wait: number) => ({ step_number: step, trigger_type: 'NOT_REPLIED', wait_days: wait, variants: [{ email_content: 'Just bumping this up for you.' }] })

type Body = Record<string, unknown>

describe('campaign conformance: examples, errors, state machine and limits', () => {
  let sandbox: SandboxHandle
  let key: string
  let state: SandboxState
  let cleanup: () => Promise<void>

  const send = (method: string, path: string, json?: unknown): Promise<ApiResponse> => call(sandbox, path, { key, method, json })
  const created = async (name = 'Conformance rules campaign'): Promise<string> => {
    const res = await send('POST', '/campaigns', { name })
    expect(res.status).toBe(201)
    return (res.body as Body)['campaign_id'] as string
  }
  const statusOf = async (id: string): Promise<string | number> => {
    const res = await send('GET', `/campaigns/${id}`)
    return res.status === 200 ? ((res.body as Body)['status'] as string) : res.status
  }
  // A DRAFT with a lead, a variant and an inbox: ready to launch.
  const readyDraft = async (): Promise<string> => {
    const id = await created()
    expect((await send('POST', `/campaigns/${id}/leads/manual`, { email: 'ready@example.com' })).status).toBe(201)
    const put = await send('PUT', `/campaigns/${id}`, { variants: [variant('A', 100)], inbox_ids: [INBOX_ID] })
    expect(put.body).toMatchObject({ is_launch_ready: true, missing_requirements: [] })
    return id
  }
  const campaignIn = async (status: string): Promise<string> => {
    if (status === 'COMPLETED' || status === 'FAILED') {
      const seeded = state.campaigns.find((c) => c.status === status)
      if (!seeded) throw new Error(`no seeded ${status} campaign`)
      return seeded.campaign_id
    }
    const id = await readyDraft()
    if (status === 'DRAFT') return id
    expect((await send('PUT', `/campaigns/${id}`, { launch: true })).status).toBe(200)
    if (status === 'PAUSED') expect((await send('POST', `/campaigns/${id}/pause`)).status).toBe(200)
    return id
  }

  beforeAll(async () => {
    state = seededState(new Date())
    plantInbox(state, { inbox_id: INBOX_ID, email_address: 'rules@conformance.example' })
    const started = await startFromState(state, { rateLimit: NO_RATE_LIMIT })
    sandbox = started.sandbox
    cleanup = started.cleanup
    key = sandbox.issueKey({ scopes: ['*'], name: 'rules' })
  })
  afterAll(() => cleanup())

  it('C4: both documented behaviour examples — variants only, then launch with everything present', async () => {
    const id = await created()
    const variantsOnly = await send('PUT', `/campaigns/${id}`, { variants: [variant('A', 100)] })
    expect(variantsOnly.status).toBe(200)
    expect(variantsOnly.body).toMatchObject(DOC_C4_AFTER_VARIANTS)
    await send('POST', `/campaigns/${id}/leads/manual`, { email: 'lead@example.com' })
    await send('PUT', `/campaigns/${id}`, { inbox_ids: [INBOX_ID] })
    const launched = await send('PUT', `/campaigns/${id}`, { launch: true })
    expect(launched.status).toBe(200)
    expect(launched.body).toMatchObject(DOC_C4_AFTER_LAUNCH)
    expect(await send('GET', `/campaigns/${id}`)).toMatchObject({ body: { status: 'ACTIVE', current_step: 5, launched_at: expect.any(String) } })
  })

  it('C4: the G1 lead_mapping example is stored and shown by C3 as sent', async () => {
    const id = await created()
    expect((await send('PUT', `/campaigns/${id}`, { lead_mapping: DOC_G1_LEAD_MAPPING })).status).toBe(200)
    expect(((await send('GET', `/campaigns/${id}`)).body as Body)['lead_mapping']).toEqual(DOC_G1_LEAD_MAPPING)
  })

  it('C5/C6/C7: the bodies the API notes propose, exactly', async () => {
    const id = await campaignIn('ACTIVE')
    expect(await send('POST', `/campaigns/${id}/pause`)).toMatchObject({
      status: 200,
      body: { success: true, message: 'Campaign paused successfully', campaign_id: id, status: 'PAUSED' }
    })
    for (const action of ['activate', 'resume']) {
      const res = await send('POST', `/campaigns/${id}/${action}`)
      expect([res.status, res.body]).toEqual([200, { success: true, message: 'Campaign activated successfully', campaign_id: id, status: 'ACTIVE' }])
      await send('POST', `/campaigns/${id}/pause`)
    }
    const deleted = await send('DELETE', `/campaigns/${id}`)
    expect([deleted.status, deleted.body]).toEqual([200, { success: true, message: 'Campaign deleted successfully', campaign_id: id, deleted: true }])
  })

  it('§3.4 / §3.7: every campaign error body exactly as proposed', async () => {
    expect(await send('GET', `/campaigns/${UNKNOWN}`)).toMatchObject({ status: 404, body: DOC_ERRORS.notFound })
    const active = await campaignIn('ACTIVE')
    expect(await send('PUT', `/campaigns/${active}`, { name: 'Renamed while active' })).toMatchObject({ status: 400, body: DOC_ERRORS.notModifiable })
    expect(await send('DELETE', `/campaigns/${active}`)).toMatchObject({ status: 400, body: DOC_ERRORS.deleteNotAllowed })
    const draft = await created()
    expect(await send('PUT', `/campaigns/${draft}`, { variants: [variant('A', 100)], launch: true })).toMatchObject({ status: 400, body: DOC_ERRORS.notReady })
    const split = [variant('A', 50), variant('B', 40)]
    expect(await send('PUT', `/campaigns/${draft}`, { variants: split })).toMatchObject({ status: 400, body: DOC_ERRORS.distribution })
  })

  /** §4 transitions: status × action → HTTP status and the campaign's status afterwards (404 = deleted). */
  const MACHINE: Array<[string, string, number, string | number]> = [
    ['DRAFT', 'launch', 200, 'ACTIVE'], ['DRAFT', 'update', 200, 'DRAFT'], ['DRAFT', 'pause', 400, 'DRAFT'],
    ['DRAFT', 'activate', 400, 'DRAFT'], ['DRAFT', 'resume', 400, 'DRAFT'], ['DRAFT', 'delete', 200, 404],
    ['ACTIVE', 'launch', 400, 'ACTIVE'], ['ACTIVE', 'update', 400, 'ACTIVE'], ['ACTIVE', 'pause', 200, 'PAUSED'],
    ['ACTIVE', 'activate', 400, 'ACTIVE'], ['ACTIVE', 'resume', 400, 'ACTIVE'], ['ACTIVE', 'delete', 400, 'ACTIVE'],
    ['PAUSED', 'launch', 400, 'PAUSED'], ['PAUSED', 'update', 200, 'PAUSED'], ['PAUSED', 'pause', 400, 'PAUSED'],
    ['PAUSED', 'activate', 200, 'ACTIVE'], ['PAUSED', 'resume', 200, 'ACTIVE'], ['PAUSED', 'delete', 200, 404],
    ...(['COMPLETED', 'FAILED'] as const).flatMap((s) =>
      ['launch', 'update', 'pause', 'activate', 'resume', 'delete'].map((a): [string, string, number, string] => [s, a, 400, s])
    )
  ]
  const act = (id: string, action: string): Promise<ApiResponse> => {
    if (action === 'launch') return send('PUT', `/campaigns/${id}`, { launch: true })
    if (action === 'update') return send('PUT', `/campaigns/${id}`, { daily_limit_per_inbox: 42 })
    if (action === 'delete') return send('DELETE', `/campaigns/${id}`)
    return send('POST', `/campaigns/${id}/${action}`)
  }

  it.each(MACHINE)('state machine: %s --%s--> %i, then %s', async (from, action, code, after) => {
    const id = await campaignIn(from)
    const res = await act(id, action)
    expect(res.status, JSON.stringify(res.body)).toBe(code)
    if (code === 400) expect(typeof (res.body as Body)['detail']).toBe('string')
    expect(await statusOf(id)).toBe(after)
  })

  /** Documented limits: [what, method, body, expected status]; each pair is the last accepted and first refused value. */
  const LIMITS: Array<[string, 'POST' | 'PUT', Body, number]> = [
    ['name 8 chars', 'POST', { name: 'x'.repeat(8) }, 201],
    ['name 7 chars', 'POST', { name: 'x'.repeat(7) }, 422],
    ['name 255 chars', 'POST', { name: 'x'.repeat(255) }, 201],
    ['name 256 chars', 'POST', { name: 'x'.repeat(256) }, 422],
    ['daily_limit_per_inbox 1', 'POST', { name: 'Daily limit one', daily_limit_per_inbox: 1 }, 201],
    ['daily_limit_per_inbox 0', 'POST', { name: 'Daily limit zero', daily_limit_per_inbox: 0 }, 422],
    ['daily_limit_per_inbox 100', 'POST', { name: 'Daily limit hundred', daily_limit_per_inbox: 100 }, 201],
    ['sending_days all seven', 'POST', { name: 'Seven sending days', sending_days: [1, 2, 3, 4, 5, 6, 7] }, 201],
    ['sending_days day 8', 'POST', { name: 'Eighth sending day', sending_days: [8] }, 422],
    ['sending_days empty', 'POST', { name: 'No sending days', sending_days: [] }, 422],
    ['window end 24:00', 'POST', { name: 'Window until midnight', sending_window_end: 24, sending_window_end_minute: 0 }, 201],
    ['window end 24:30', 'POST', { name: 'Window past midnight', sending_window_end: 24, sending_window_end_minute: 30 }, 400],
    ['timezone 101 chars', 'POST', { name: 'Long timezone name', timezone: 'x'.repeat(101) }, 422],
    ['4 variants A–D summing to 100', 'PUT', { variants: ['A', 'B', 'C', 'D'].map((n) => variant(n, 25)) }, 200],
    ['5 variants', 'PUT', { variants: ['A', 'B', 'C', 'D', 'A'].map((n) => variant(n, 20)) }, 422],
    ['variant name E', 'PUT', { variants: [variant('E', 100)] }, 422],
    ['variant name with a digit', 'PUT', { variants: [variant('A1', 100)] }, 422],
    ['duplicate variant names', 'PUT', { variants: [variant('A', 50), variant('a', 50)] }, 400],
    ['distribution summing to 99', 'PUT', { variants: [variant('A', 50), variant('B', 49)] }, 400],
    ['3 follow-ups, steps 2–4, 45 days in total', 'PUT', { sequences: [followUp(2, 30), followUp(3, 1), followUp(4, 14)] }, 200],
    ['4 follow-ups', 'PUT', { sequences: [followUp(2, 1), followUp(3, 1), followUp(4, 1), followUp(4, 1)] }, 422],
    ['follow-up step 1', 'PUT', { sequences: [followUp(1, 3)] }, 422],
    ['follow-up step 5', 'PUT', { sequences: [followUp(5, 3)] }, 422],
    ['wait 30 days', 'PUT', { sequences: [followUp(2, 30)] }, 200],
    ['wait 31 days', 'PUT', { sequences: [followUp(2, 31)] }, 422],
    ['wait 0 days', 'PUT', { sequences: [followUp(2, 0)] }, 422],
    ['46 days in total', 'PUT', { sequences: [followUp(2, 30), followUp(3, 16)] }, 400],
    ['no inbox ids', 'PUT', { inbox_ids: [] }, 422]
  ]

  it.each(LIMITS)('limits: %s → %i', async (_what, method, json, code) => {
    const res = method === 'POST' ? await send('POST', '/campaigns', json) : await send('PUT', `/campaigns/${await created()}`, json)
    expect(res.status, JSON.stringify(res.body)).toBe(code)
    if (code === 422) expect(Array.isArray((res.body as Body)['detail'])).toBe(true)
    if (code === 400) expect(typeof (res.body as Body)['detail']).toBe('string')
  })

  it('limits: variant names are upper-cased (A–D, letters only)', async () => {
    const id = await created()
    expect((await send('PUT', `/campaigns/${id}`, { variants: [variant('c', 60), variant('d', 40)] })).status).toBe(200)
    const stored = ((await send('GET', `/campaigns/${id}`)).body as { variants: Body[] }).variants
    expect(stored.map((v) => v['variant_name'])).toEqual(['C', 'D'])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type ListBody, call, startWithKey } from './helpers'
import { NO_RATE_LIMIT } from './campaigns-fixtures'

const variant = (extra: Record<string, unknown> = {}) => ({ subject_template: 'Hello {{first_name}}', email_content: 'Hi there, a short note.', ...extra })
const followUp = (extra: Record<string, unknown> = {}) => ({ email_content: 'Just bumping this up.', ...extra })
const step = (n: number, extra: Record<string, unknown> = {}) => ({ step_number: n, trigger_type: 'NOT_REPLIED', wait_days: 3, variants: [followUp()], ...extra })
type Detail = Record<string, unknown> & { variants: unknown[]; sequences: unknown[]; updated_at: string }

describe('PUT /campaigns/{campaign_id} (C4): updates and business rules', () => {
  let sandbox: SandboxHandle
  let key: string
  const idOf = async (name: string) =>
    ((await call(sandbox, `/campaigns?search=${encodeURIComponent(name)}`, { key })).body as ListBody).campaigns[0]!.campaign_id
  const put = (id: string, json: unknown) => call(sandbox, `/campaigns/${id}`, { key, method: 'PUT', json })
  const detail = async (id: string) => (await call(sandbox, `/campaigns/${id}`, { key })).body as Detail
  const fresh = async (name = 'Rules test campaign') =>
    ((await call(sandbox, '/campaigns', { key, json: { name } })).body as { campaign_id: string }).campaign_id

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
  })
  afterAll(() => sandbox.close())

  it('setting variants only answers the documented body: not launch-ready, missing leads and inboxes', async () => {
    const id = await fresh()
    const res = await put(id, { variants: [variant({ variant_name: 'b', variant_label: 'Friendly', distribution_percent: 60 }), variant({ variant_name: 'a', distribution_percent: 40 })] })
    expect(res.status).toBe(200)
    const body = res.body as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['success', 'message', 'campaign_id', 'name', 'status', 'is_launch_ready', 'updated_at', 'missing_requirements'])
    expect(body).toEqual({
      success: true,
      message: 'Campaign updated successfully',
      campaign_id: id,
      name: 'Rules test campaign',
      status: 'DRAFT',
      is_launch_ready: false,
      updated_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      missing_requirements: ['leads', 'inboxes']
    })
    const stored = await detail(id)
    expect(stored.variants).toEqual([
      { variant_name: 'B', variant_label: 'Friendly', subject_template: 'Hello {{first_name}}', email_content: 'Hi there, a short note.', distribution_percent: 60 },
      { variant_name: 'A', variant_label: null, subject_template: 'Hello {{first_name}}', email_content: 'Hi there, a short note.', distribution_percent: 40 }
    ])
    expect(stored).toMatchObject({ current_step: 4, updated_at: body['updated_at'] })
  })

  it('stores follow-ups ordered by step with defaults, and an empty list clears them', async () => {
    const id = await fresh()
    const res = await put(id, { sequences: [step(3, { trigger_type: 'OPENED_BUT_NOT_REPLIED', wait_days: 5, enable_unsubscribe: false }), step(2, { variants: [followUp({ subject_template: 'Quick follow-up' })] })] })
    expect(res.status).toBe(200)
    expect((res.body as { missing_requirements: string[] }).missing_requirements).toEqual(['leads', 'inboxes', 'variants'])
    expect((await detail(id)).sequences).toEqual([
      { step_number: 2, trigger_type: 'NOT_REPLIED', wait_days: 3, enable_unsubscribe: null, variants: [{ variant_name: 'A', variant_label: null, subject_template: 'Quick follow-up', email_content: 'Just bumping this up.', distribution_percent: 100 }] },
      { step_number: 3, trigger_type: 'OPENED_BUT_NOT_REPLIED', wait_days: 5, enable_unsubscribe: false, variants: [{ variant_name: 'A', variant_label: null, subject_template: null, email_content: 'Just bumping this up.', distribution_percent: 100 }] }
    ])
    expect((await put(id, { sequences: [] })).status).toBe(200)
    expect((await detail(id)).sequences).toEqual([])
  })

  it('applies configuration fields; null clears only nullable settings and leaves the rest unchanged', async () => {
    const id = await fresh('Configurable campaign')
    await put(id, { daily_limit_per_inbox: 40, start_date: '2030-01-02T09:00:00Z', lead_mapping: { email: 'Email' } })
    const res = await put(id, {
      name: 'Renamed campaign',
      daily_limit_per_inbox: null,
      start_date: null,
      timezone: null,
      sending_days: [1, 3, '5'],
      sending_window_start: 8,
      enable_tracking: 'yes',
      ramp_up_enabled: true,
      lead_mapping: { email: 'E-mail', first_name: 'First' }
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Renamed campaign', status: 'DRAFT' })
    expect(await detail(id)).toMatchObject({
      name: 'Renamed campaign',
      daily_limit_per_inbox: null,
      start_date: null,
      timezone: 'America/New_York',
      sending_days: [1, 3, 5],
      sending_window_start: 8,
      enable_tracking: true,
      ramp_up_enabled: true,
      lead_mapping: { email: 'E-mail', first_name: 'First' },
      current_step: 2
    })
  })

  it('answers 400 with our wordings for cross-field rules, and stores nothing', async () => {
    const id = await fresh('Untouched by refusals')
    const before = await detail(id)
    const cases: Array<[unknown, string]> = [
      [{ variants: [variant({ distribution_percent: 50 }), variant({ variant_name: 'B', distribution_percent: 40 })] }, 'Variant distribution percentages must sum to 100 (got 90)'],
      [{ variants: [variant({ distribution_percent: 50 }), variant({ distribution_percent: 50 })] }, 'Variant names must be unique (duplicated: A)'],
      [{ sequences: [step(2), step(2)] }, 'Follow-up step_number values must be unique (duplicated: 2)'],
      [{ sequences: [step(3, { variants: [followUp({ distribution_percent: 70 }), followUp({ variant_name: 'B', distribution_percent: 50 })] })] }, 'Variant distribution percentages in follow-up step 3 must sum to 100 (got 120)'],
      [{ sequences: [step(2, { variants: [followUp(), followUp()] })] }, 'Variant names must be unique in follow-up step 2 (duplicated: A)'],
      [{ sequences: [step(2, { wait_days: 30 }), step(3, { wait_days: 16 })] }, 'Total follow-up wait must be at most 45 days (got 46)'],
      [{ inbox_ids: ['3c90c3cc-0d44-4b50-8888-8dd25736052a', '{5B4E7C1A-0000-4000-8000-000000000001}'] }, 'Sender account(s) not found: 3c90c3cc-0d44-4b50-8888-8dd25736052a, 5b4e7c1a-0000-4000-8000-000000000001'],
      [{ sending_window_start: 20 }, 'sending_window_end must be after sending_window_start'],
      [{ name: 'Would be renamed', sending_window_end: 24, sending_window_end_minute: 30 }, 'sending_window_end_minute must be 0 when sending_window_end is 24']
    ]
    for (const [json, message] of cases) {
      const res = await put(id, json)
      expect([res.status, res.body]).toEqual([400, { detail: message }])
    }
    expect((await put(id, { sequences: [step(2, { wait_days: 30 }), step(4, { wait_days: 15 })] })).status).toBe(200)
    const after = await detail(id)
    expect({ ...after, sequences: [], updated_at: before.updated_at, current_step: 0 }).toEqual(before)
  })

  it('refuses to modify ACTIVE, COMPLETED and FAILED campaigns and to launch a PAUSED one', async () => {
    const active = await put(await idOf('Series A Fintech CFOs'), { name: 'Renamed while active' })
    expect([active.status, active.body]).toEqual([400, { detail: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.' }])
    const completed = await put(await idOf('Q1 SaaS Founders'), {})
    expect([completed.status, completed.body]).toEqual([400, { detail: 'Campaign cannot be modified once it is COMPLETED. Create a new campaign instead.' }])
    const failed = await put(await idOf('E-commerce Brand Owners'), { launch: true })
    expect([failed.status, failed.body]).toEqual([400, { detail: 'Campaign cannot be modified once it is FAILED. Create a new campaign instead.' }])
    const paused = await idOf('Agency Partnerships EMEA')
    const launch = await put(paused, { launch: true })
    expect([launch.status, launch.body]).toEqual([
      400,
      { detail: 'Only DRAFT campaigns can be launched (campaign is PAUSED). Resume a PAUSED campaign with POST /campaigns/{campaign_id}/activate.' }
    ])
    const edit = await put(paused, { daily_limit_per_inbox: 35 })
    expect(edit.status).toBe(200)
    expect(edit.body).toMatchObject({ status: 'PAUSED', message: 'Campaign updated successfully' })
  })

  it('refuses launch naming every missing requirement in order, applying the fields of the same request first', async () => {
    const blank = await idOf('Manufacturing Procurement Pilot')
    const res = await put(blank, { launch: true })
    expect([res.status, res.body]).toEqual([400, { detail: 'Campaign is not ready to launch. Missing requirements: leads, inboxes, variants' }])
    const withVariants = await put(blank, { variants: [variant()], launch: true })
    expect([withVariants.status, withVariants.body]).toEqual([400, { detail: 'Campaign is not ready to launch. Missing requirements: leads, inboxes' }])
    expect((await detail(blank)).variants).toEqual([])
    const seededDraft = await put(await idOf('Logistics Ops Managers'), { launch: true })
    expect([seededDraft.status, seededDraft.body]).toEqual([400, { detail: 'Campaign is not ready to launch. Missing requirements: inboxes' }])
    const noLaunch = await put(blank, { launch: false })
    expect(noLaunch.body).toMatchObject({ status: 'DRAFT', is_launch_ready: false, missing_requirements: ['leads', 'inboxes', 'variants'] })
  })
})

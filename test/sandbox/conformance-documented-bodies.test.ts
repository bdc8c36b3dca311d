import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { forbiddenBody } from '../../src/sandbox/auth/scopes'
import { CAMPAIGN_DEFAULTS, newCampaignRecord } from '../../src/sandbox/resources/campaigns/records'
import { emptyState } from '../../src/sandbox/seed/state'
import { invented } from '../../src/sandbox/wording'
import { type ListBody, call, shapeMismatches, shapeOf, startWithKey, tempDir } from './helpers'

/**
 * Every example body the ColdSend docs show for endpoints the sandbox serves today, copied verbatim
 * (API notes §1.2–1.4, §2.1 C1/C2, §2.5 A1/A2, §3.3, §3.6, §3.7). Placeholders such as "<string>" and 123
 * are the docs' own; those rows are compared by shape (keys in order, value kinds), all others exactly.
 * The other conformance-*.test.ts files cover every endpoint (the matrix) and the campaign, lead and
 * sender-account examples, errors and rules.
 */
const DOC = {
  missingKey: { detail: 'API key required. Include your API key in X-API-Key header.' },
  invalidKey: { detail: 'Invalid or revoked API key' },
  forbiddenAuthPage: { detail: 'Missing required scopes: campaigns:write', required: ['campaigns:write'], granted: ['sender_accounts:read'] },
  forbiddenErrorsPage: { detail: 'Missing required scopes: campaigns:write', error: 'insufficient_scopes', required: ['campaigns:write'], granted: ['sender_accounts:read'] },
  rateLimited: { detail: 'Rate limit exceeded. Retry after 60 seconds.' },
  rateHeaders: { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '95', 'X-RateLimit-Reset': '1704067200' },
  shortName: { detail: [{ loc: ['body', 'name'], msg: 'ensure this value has at least 8 characters', type: 'value_error.any_str.min_length' }] },
  missingName: { detail: [{ loc: ['body', 'name'], msg: 'field required', type: 'value_error.missing' }] },
  dailyLimit: { detail: [{ loc: ['body', 'daily_limit_per_inbox'], msg: 'ensure this value is less than or equal to 100', type: 'value_error.number.not_le' }] },
  createSchema: { success: true, message: '<string>', campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', name: '<string>', status: '<string>', current_step: 123, created_at: '2023-11-07T05:31:56Z' },
  createGuide: { success: true, message: 'Campaign created successfully', campaign_id: '550e8400-e29b-41d4-a716-446655440000', name: 'Q1 Product Launch Outreach', status: 'DRAFT', created_at: '2024-01-15T10:30:00Z' },
  list: {
    success: true,
    message: '<string>',
    campaigns: [{
      campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', name: '<string>', status: '<string>', current_step: 123, created_at: '2023-11-07T05:31:56Z',
      launched_at: '2023-11-07T05:31:56Z', total_leads: 0, sent_count: 0, reply_count: 0, open_count: 0, bounce_count: 0, unsubscribe_count: 0
    }],
    pagination: { page: 123, limit: 123, total: 123, pages: 123, has_next: true, has_prev: true }
  },
  analytics: {
    workspace_kpis: { total_campaigns: 12, total_sends: 48320, avg_open_rate: 0.34, avg_reply_rate: 0.08, avg_bounce_rate: 0.02 },
    campaigns: [{
      campaign_id: '550e8400-e29b-41d4-a716-446655440000', campaign_name: 'Q1 Outreach', status: 'COMPLETED', total_leads: 500, total_sent: 498, total_opened: 169,
      total_replied: 40, total_bounced: 2, open_rate: 0.3394, reply_rate: 0.0803, bounce_rate: 0.004, created_at: '2024-01-15T10:00:00Z'
    }]
  },
  timeline: {
    from_date: '<string>', to_date: '<string>',
    timeline: [{ date: '<string>', sent: 123, opened: 123, replied: 123, bounced: 123, open_rate: 123, reply_rate: 123, bounce_rate: 123 }],
    success: true, message: 'Timeline retrieved successfully'
  }
} as const

// Pydantic v1 adds `ctx` where the docs leave it out (API notes §3.3 caveat).
const withCtx = (body: { detail: readonly object[] }, ctx: object) => ({ detail: body.detail.map((d) => ({ ...d, ctx })) })

describe('documented auth, scope and rate-limit bodies', () => {
  let sandbox: SandboxHandle
  beforeAll(async () => {
    ;({ sandbox } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('401: missing and invalid keys', async () => {
    expect(await call(sandbox, '/campaigns')).toMatchObject({ status: 401, body: DOC.missingKey })
    expect(await call(sandbox, '/campaigns', { key: `cs_live_${'x'.repeat(40)}` })).toMatchObject({ status: 401, body: DOC.invalidKey })
  })

  it('403: the errors-page body; the docs name the G1 scope campaigns:write where G2 requires campaigns:create', async () => {
    expect(forbiddenBody(['campaigns:write'], ['sender_accounts:read'])).toEqual(DOC.forbiddenErrorsPage)
    const narrow = sandbox.issueKey({ scopes: ['sender_accounts:read'] })
    const res = await call(sandbox, '/campaigns', { key: narrow, json: { name: 'Q1 Product Launch Outreach' } })
    expect(res.status).toBe(403)
    const g2 = JSON.parse(JSON.stringify(DOC.forbiddenErrorsPage).replaceAll('campaigns:write', 'campaigns:create')) as object
    expect(res.body).toEqual(g2)
    expect(res.body).toMatchObject(JSON.parse(JSON.stringify(DOC.forbiddenAuthPage).replaceAll('campaigns:write', 'campaigns:create')) as object)
  })

  it('X-RateLimit-* as in the docs example after 5 calls with the documented limits', async () => {
    const fresh = sandbox.issueKey({ scopes: ['*'] })
    let fifth: Headers | undefined
    for (let i = 1; i <= 5; i++) {
      const res = await fetch(`${sandbox.baseUrl}/campaigns?limit=1`, { headers: { 'X-API-Key': fresh } })
      await res.arrayBuffer()
      fifth = res.headers
    }
    expect(fifth?.get('x-ratelimit-limit')).toBe(DOC.rateHeaders['X-RateLimit-Limit'])
    expect(fifth?.get('x-ratelimit-remaining')).toBe(DOC.rateHeaders['X-RateLimit-Remaining'])
    expect(fifth?.get('x-ratelimit-reset')).toMatch(/^\d{10}$/)
    expect(Number(fifth?.get('x-ratelimit-reset'))).toBeGreaterThan(Number(DOC.rateHeaders['X-RateLimit-Reset']))
  })

  it('429: the documented body once the (one-minute) window is spent', async () => {
    const { sandbox: tight, key: tightKey } = await startWithKey({ rateLimit: { perMinute: 1 } })
    try {
      expect((await call(tight, '/campaigns?limit=1', { key: tightKey })).status).toBe(200)
      const refused = await call(tight, '/campaigns', { key: tightKey })
      expect(refused.status).toBe(429)
      expect(refused.body).toEqual(DOC.rateLimited)
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(refused.headers.get('x-ratelimit-reset')).toMatch(/^\d{10}$/)
      expect(refused.headers.get('retry-after')).toBe('60')
    } finally {
      await tight.close()
    }
  })
})

describe('documented campaign bodies (C1, C2)', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('422: the three validation examples, plus the ctx Pydantic v1 adds', async () => {
    expect(await call(sandbox, '/campaigns', { key, json: { name: 'Short' } })).toMatchObject({ status: 422, body: withCtx(DOC.shortName, { limit_value: 8 }) })
    expect(await call(sandbox, '/campaigns', { key, json: {} })).toMatchObject({ status: 422, body: DOC.missingName })
    const daily = await call(sandbox, '/campaigns', { key, json: { name: 'Valid campaign name', daily_limit_per_inbox: 101 } })
    expect(daily).toMatchObject({ status: 422, body: withCtx(DOC.dailyLimit, { limit_value: 100 }) })
    expect((daily.body as { detail: unknown[] }).detail).toHaveLength(1)
  })

  it('C2: the guide example (ids and timestamps by shape) plus current_step 0, keys in the schema order', async () => {
    const res = await call(sandbox, '/campaigns', { key, json: { name: DOC.createGuide.name } })
    expect(res.status).toBe(201)
    const body = res.body as Record<string, unknown>
    expect(Object.keys(body)).toEqual(Object.keys(DOC.createSchema))
    expect(shapeOf(body)).toEqual(shapeOf(DOC.createSchema))
    const { current_step: step, ...guideShaped } = body
    expect(step).toBe(0)
    expect({ ...guideShaped, campaign_id: DOC.createGuide.campaign_id, created_at: DOC.createGuide.created_at }).toEqual(DOC.createGuide)
  })

  it('C1: the list envelope, item and pagination keys in the documented order', async () => {
    const res = await call(sandbox, '/campaigns?status=ACTIVE', { key })
    const body = res.body as ListBody
    expect(body.campaigns.length).toBeGreaterThan(0)
    expect(shapeOf({ ...body, campaigns: body.campaigns.slice(0, 1) })).toEqual(shapeOf(DOC.list))
  })
})

describe('documented analytics bodies (A1, A2)', () => {
  let sandbox: SandboxHandle
  let key: string
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    const t = await tempDir()
    cleanup = t.cleanup
    const state = emptyState()
    const row = DOC.analytics.campaigns[0]
    const record = newCampaignRecord({ ...CAMPAIGN_DEFAULTS, sending_days: [...CAMPAIGN_DEFAULTS.sending_days], name: row.campaign_name }, { campaign_id: row.campaign_id, team_id: state.team_id, created_by: state.user_id, created_at: row.created_at })
    state.campaigns.push({
      ...record, status: row.status, current_step: 5, launched_at: '2024-01-16T09:00:00Z', total_leads: row.total_leads,
      sent_count: row.total_sent, open_count: row.total_opened, reply_count: row.total_replied, bounce_count: row.total_bounced
    })
    await writeFile(join(t.dir, 'state.json'), JSON.stringify(state))
    sandbox = await startSandbox({ dataDir: t.dir })
    key = sandbox.issueKey({ scopes: ['campaigns:read'] })
  })
  afterAll(async () => {
    await sandbox.close()
    await cleanup()
  })

  it('A1: the example campaign row exactly, the KPIs by shape (and by arithmetic for this one campaign)', async () => {
    const res = await call(sandbox, '/analytics/campaigns', { key })
    expect(res.status).toBe(200)
    const body = res.body as typeof DOC.analytics
    expect(body.campaigns).toEqual(DOC.analytics.campaigns)
    expect(shapeOf(body)).toEqual(shapeOf(DOC.analytics))
    expect(body.workspace_kpis).toEqual({ total_campaigns: 1, total_sends: 498, avg_open_rate: 0.3394, avg_reply_rate: 0.0803, avg_bounce_rate: 0.004 })
  })

  it('A2: the timeline schema by shape, with success and message exactly', async () => {
    const res = await call(sandbox, '/analytics/campaigns/timeline?from_date=2024-01-01&to_date=2024-03-31', { key })
    expect(res.status).toBe(200)
    const body = res.body as { success: boolean; message: string; timeline: Array<{ sent: number }> }
    expect(shapeOf(body)).toEqual(shapeOf(DOC.timeline))
    expect([body.success, body.message]).toEqual([DOC.timeline.success, DOC.timeline.message])
    expect(body.timeline.reduce((a, d) => a + d.sent, 0)).toBe(498)
  })
})

describe('§3.3: the related Pydantic v1 strings the API notes list, each reproduced over HTTP', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: { perMinute: 1000 } }))
  })
  afterAll(() => sandbox.close())

  const create = (extra: object) => ({ name: 'Valid campaign name', ...extra })
  /** [what the notes list, C2 body, the one issue expected]. */
  const CASES: Array<[string, object, object]> = [
    ['max_length', { name: 'x'.repeat(256) }, { loc: ['body', 'name'], msg: 'ensure this value has at most 255 characters', type: 'value_error.any_str.max_length', ctx: { limit_value: 255 } }],
    ['not_ge', create({ daily_limit_per_inbox: 0 }), { loc: ['body', 'daily_limit_per_inbox'], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } }],
    ['integer', create({ daily_limit_per_inbox: 'many' }), { loc: ['body', 'daily_limit_per_inbox'], msg: 'value is not a valid integer', type: 'type_error.integer' }],
    ['bool', create({ enable_tracking: 'maybe' }), { loc: ['body', 'enable_tracking'], msg: 'value could not be parsed to a boolean', type: 'type_error.bool' }],
    ['list', create({ sending_days: 'weekdays' }), { loc: ['body', 'sending_days'], msg: 'value is not a valid list', type: 'type_error.list' }],
    ['min_items', create({ sending_days: [] }), { loc: ['body', 'sending_days'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } }],
    ['max_items', create({ sending_days: [1, 2, 3, 4, 5, 6, 7, 1] }), { loc: ['body', 'sending_days'], msg: 'ensure this value has at most 7 items', type: 'value_error.list.max_items', ctx: { limit_value: 7 } }]
  ]

  it.each(CASES)('%s', async (_what, body, issue) => {
    expect(await call(sandbox, '/campaigns', { key, json: body })).toMatchObject({ status: 422, body: { detail: [issue] } })
    expect(((await call(sandbox, '/campaigns', { key, json: body })).body as { detail: unknown[] }).detail).toHaveLength(1)
  })

  it('uuid (a path parameter, §5 #24): 422 for a malformed id, with or without a body; an empty body adds ["body"]', async () => {
    const uuidIssue = { loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }
    expect(await call(sandbox, '/campaigns/not-a-uuid', { key })).toMatchObject({ status: 422, body: { detail: [uuidIssue] } })
    // FastAPI validates path parameters and the body together: both issues, path first.
    const missingBody = { loc: ['body'], msg: 'field required', type: 'value_error.missing' }
    for (const [method, path] of [['PUT', '/campaigns/not-a-uuid'], ['POST', '/campaigns/not-a-uuid/leads/manual'], ['DELETE', '/campaigns/not-a-uuid/leads']]) {
      const res = await call(sandbox, path as string, { key, method })
      expect([res.status, res.body]).toEqual([422, { detail: [uuidIssue, missingBody] }])
    }
  })
})

describe('§5 #26: a 403 naming several missing scopes', () => {
  it('joins them with ", " in detail, lists every required scope and the key\'s grants', () => {
    expect(forbiddenBody(['leads:read', 'campaigns:read', 'leads:create'], ['leads:read'])).toEqual({
      detail: 'Missing required scopes: campaigns:read, leads:create',
      error: 'insufficient_scopes',
      required: ['leads:read', 'campaigns:read', 'leads:create'],
      granted: ['leads:read']
    })
  })
})

describe('§3.7: the proposed wording for undocumented errors, as the sandbox keeps it in wording.ts', () => {
  /** The nine proposed bodies, verbatim. */
  const PROPOSED = [
    { detail: 'Campaign not found' },
    { detail: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.' },
    { detail: 'Campaign is not ready to launch. Missing requirements: leads, inboxes' },
    { detail: 'Variant distribution percentages must sum to 100 (got 90)' },
    { detail: 'Sender account with email outreach@company.com already exists' },
    { detail: 'SMTP connection failed: authentication failed' },
    { detail: 'Sender account is in use by 2 campaign(s) and cannot be deleted' },
    { detail: 'Only DRAFT or PAUSED campaigns can be deleted' },
    { detail: 'Only PENDING leads can be deleted' }
  ]

  it('produces eight of them exactly', () => {
    const ours = [
      invented.campaignNotFound,
      invented.campaignNotModifiable,
      invented.notLaunchReady(['leads', 'inboxes']),
      invented.distributionSum('', 90),
      invented.senderAccountExists('outreach@company.com'),
      invented.mailConnectionFailed('SMTP', invented.mailAuthFailed),
      null,
      invented.deleteNotAllowed,
      invented.leadDeleteOnlyPending
    ]
    ours.forEach((detail, i) => {
      if (detail !== null) expect({ detail }).toEqual(PROPOSED[i])
    })
  })

  it('extends the in-use one with the campaigns\' names after the proposed sentence', () => {
    const detail = invented.senderAccountInUse(['Q1 Outreach', 'Q2 Outreach'])
    expect(detail.startsWith(PROPOSED[6]?.detail ?? '?')).toBe(true)
  })
})

describe('shapeMismatches: how the conformance suite reads documented examples', () => {
  const example = { success: true, message: '<string>', id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', at: '2023-11-07T05:31:56Z', n: 123, items: [{ a: 1 }], extra: {} }
  const good = { success: false, message: 'x', id: '550e8400-e29b-41d4-a716-446655440000', at: '2024-01-15T10:30:00Z', n: 0.5, items: [{ a: 2 }], extra: { k: 'v' } }

  it('accepts the same keys in the same order with the same kinds', () => {
    expect(shapeMismatches(good, example)).toEqual([])
    expect(shapeMismatches({ ...good, at: null }, example, { nullable: ['at'] })).toEqual([])
  })

  it('refuses other orders, missing or extra keys, wrong kinds and malformed ids or timestamps', () => {
    const { message, ...rest } = good
    expect(shapeMismatches({ message, ...rest }, example)).toHaveLength(1)
    expect(shapeMismatches(rest, example)).toHaveLength(1)
    expect(shapeMismatches({ ...good, more: 1 }, example)).toHaveLength(1)
    expect(shapeMismatches({ ...good, more: 1 }, example, { extra: 'after' })).toEqual([])
    expect(shapeMismatches({ more: 1, ...good }, example, { extra: 'after' })).toHaveLength(1)
    expect(shapeMismatches({ more: 1, ...good }, example, { extra: 'any' })).toEqual([])
    expect(shapeMismatches({ ...good, n: '123' }, example)).toHaveLength(1)
    expect(shapeMismatches({ ...good, id: 'not-a-uuid' }, example)).toHaveLength(1)
    expect(shapeMismatches({ ...good, at: '2024-01-15 10:30:00' }, example)).toHaveLength(1)
    expect(shapeMismatches({ ...good, at: null }, example)).toHaveLength(1)
    expect(shapeMismatches({ ...good, items: [{ b: 2 }] }, example)).toHaveLength(1)
  })
})

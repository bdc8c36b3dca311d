import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { newCampaignRecord, CAMPAIGN_DEFAULTS } from '../../src/sandbox/resources/campaigns/records'
import { emptyState } from '../../src/sandbox/seed/state'
import { type ListBody, call, startWithKey, tempDir } from './helpers'
import { manualClock } from './manual-clock'

const DAY = 86_400_000
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const round4 = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0)

const ROW_KEYS = ['campaign_id', 'campaign_name', 'status', 'total_leads', 'total_sent', 'total_opened', 'total_replied', 'total_bounced', 'open_rate', 'reply_rate', 'bounce_rate', 'created_at']
const DAY_KEYS = ['date', 'sent', 'opened', 'replied', 'bounced', 'open_rate', 'reply_rate', 'bounce_rate']

interface A1Body {
  workspace_kpis: Record<string, number>
  campaigns: Array<Record<string, number | string> & { campaign_id: string; status: string }>
}
interface A2Body {
  from_date: string
  to_date: string
  timeline: Array<{ date: string; sent: number; opened: number; replied: number; bounced: number; open_rate: number; reply_rate: number; bounce_rate: number }>
  success: boolean
  message: string
}

describe('GET /analytics/campaigns (A1) on the demo workspace', () => {
  let sandbox: SandboxHandle
  let key: string
  let list: ListBody
  const a1 = async (query = '') => {
    const res = await call(sandbox, `/analytics/campaigns${query}`, { key })
    expect(res.status, query).toBe(200)
    return res.body as A1Body
  }

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
    list = (await call(sandbox, '/campaigns?limit=100', { key })).body as ListBody
  })
  afterAll(() => sandbox.close())

  it('answers exactly the documented shape, with the campaigns counters and 4-decimal fraction rates', async () => {
    const body = await a1()
    expect(Object.keys(body)).toEqual(['workspace_kpis', 'campaigns'])
    expect(Object.keys(body.workspace_kpis)).toEqual(['total_campaigns', 'total_sends', 'avg_open_rate', 'avg_reply_rate', 'avg_bounce_rate'])
    expect(body.campaigns.map((c) => c.campaign_id)).toEqual(list.campaigns.map((c) => c.campaign_id))
    for (const [i, row] of body.campaigns.entries()) {
      expect(Object.keys(row)).toEqual(ROW_KEYS)
      const c = list.campaigns[i] as unknown as Record<string, number | string>
      const sent = c['sent_count'] as number
      const bounced = c['bounce_count'] as number
      expect(row).toEqual({
        campaign_id: c['campaign_id'],
        campaign_name: c['name'],
        status: c['status'],
        total_leads: c['total_leads'],
        total_sent: sent,
        total_opened: c['open_count'],
        total_replied: c['reply_count'],
        total_bounced: bounced,
        open_rate: round4(c['open_count'] as number, sent),
        reply_rate: round4(c['reply_count'] as number, sent),
        bounce_rate: round4(bounced, sent + bounced),
        created_at: c['created_at']
      })
      for (const r of ['open_rate', 'reply_rate', 'bounce_rate']) expect(String(row[r])).toMatch(/^(0|1|0\.\d{1,4})$/)
    }
    const sum = (k: string) => list.campaigns.reduce((a, c) => a + (c[k] as number), 0)
    expect(body.workspace_kpis).toEqual({
      total_campaigns: list.campaigns.length,
      total_sends: sum('sent_count'),
      avg_open_rate: round4(sum('open_count'), sum('sent_count')),
      avg_reply_rate: round4(sum('reply_count'), sum('sent_count')),
      avg_bounce_rate: round4(sum('bounce_count'), sum('sent_count') + sum('bounce_count'))
    })
  })

  it('filters by status (any case) and by launch date, leaving never-launched campaigns out of dated queries', async () => {
    const active = await a1('?status=active')
    expect(active.campaigns.length).toBe(list.campaigns.filter((c) => c.status === 'ACTIVE').length)
    expect(active.campaigns.every((c) => c.status === 'ACTIVE')).toBe(true)
    expect(active.workspace_kpis['total_campaigns']).toBe(active.campaigns.length)

    const from = dateOf(Date.now() - 30 * DAY)
    const to = dateOf(Date.now() - 10 * DAY)
    const dated = await a1(`?from_date=${from}&to_date=${to}`)
    const expected = list.campaigns.filter((c) => c.launched_at !== null && String(c.launched_at).slice(0, 10) >= from && String(c.launched_at).slice(0, 10) <= to)
    expect(expected.length).toBeGreaterThan(0)
    expect(dated.campaigns.map((c) => c.campaign_id)).toEqual(expected.map((c) => c.campaign_id))
    const since = await a1(`?from_date=${dateOf(Date.now() - 365 * DAY)}`)
    expect(since.campaigns.length).toBe(list.campaigns.filter((c) => c.launched_at !== null).length)
  })

  it('answers Pydantic v1 date errors at ["query", name], all at once', async () => {
    for (const bad of ['2024-13-01', '2024-02-30', '15/01/2024', '2024-01-15T10:00:00', '', 'yesterday']) {
      const res = await call(sandbox, `/analytics/campaigns?from_date=${encodeURIComponent(bad)}`, { key })
      expect(res.status, bad).toBe(422)
      expect(res.body).toEqual({ detail: [{ loc: ['query', 'from_date'], msg: 'invalid date format', type: 'value_error.date' }] })
    }
    const both = await call(sandbox, '/analytics/campaigns?to_date=nope&from_date=2024-1-1x', { key })
    expect((both.body as { detail: Array<{ loc: unknown }> }).detail.map((d) => d.loc)).toEqual([['query', 'from_date'], ['query', 'to_date']])
    // Pydantic v1 also takes single-digit month/day and unix seconds.
    expect((await call(sandbox, '/analytics/campaigns?from_date=2024-1-5&to_date=1893456000', { key })).status).toBe(200)
  })

  it('answers 400 with a string detail when from_date is after to_date, and needs campaigns:read', async () => {
    const res = await call(sandbox, '/analytics/campaigns?from_date=2024-02-01&to_date=2024-01-31', { key })
    expect(res).toMatchObject({ status: 400, body: { detail: 'from_date must be on or before to_date' } })
    const narrow = sandbox.issueKey({ scopes: ['leads:all'] })
    const forbidden = await call(sandbox, '/analytics/campaigns', { key: narrow })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body).toMatchObject({ required: ['campaigns:read'] })
    expect((await call(sandbox, '/analytics/campaigns/timeline', { key: narrow })).status).toBe(403)
  })
})

describe('GET /analytics/campaigns/timeline (A2) on the demo workspace', () => {
  let sandbox: SandboxHandle
  let key: string
  // "Today" decides the default range and how far ACTIVE campaigns' history runs: a fixed clock keeps a
  // UTC midnight from falling between two requests (or between a request and the test's own date).
  const clock = manualClock()
  const a2 = async (query = '') => {
    const res = await call(sandbox, `/analytics/campaigns/timeline${query}`, { key })
    expect(res.status, query).toBe(200)
    return res.body as A2Body
  }
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ clock: clock.now }))
  })
  afterAll(() => sandbox.close())

  it('defaults to 90 days ago → today as a contiguous daily series in the documented shape', async () => {
    const body = await a2()
    expect(Object.keys(body)).toEqual(['from_date', 'to_date', 'timeline', 'success', 'message'])
    expect(body).toMatchObject({ to_date: dateOf(clock.now()), from_date: dateOf(clock.now() - 90 * DAY), success: true, message: 'Timeline retrieved successfully' })
    expect(body.timeline).toHaveLength(91)
    body.timeline.forEach((d, i) => {
      expect(Object.keys(d)).toEqual(DAY_KEYS)
      expect(d.date).toBe(dateOf(Date.parse(`${body.from_date}T00:00:00Z`) + i * DAY))
      expect(d.opened).toBeLessThanOrEqual(d.sent)
      expect(d.replied).toBeLessThanOrEqual(d.sent)
      expect([d.open_rate, d.reply_rate, d.bounce_rate]).toEqual([round4(d.opened, d.sent), round4(d.replied, d.sent), round4(d.bounced, d.sent + d.bounced)])
    })
    const single = await a2('?from_date=2024-01-15&to_date=2024-01-15')
    expect(single.timeline.map((d) => d.date)).toEqual(['2024-01-15'])
  })

  it('adds up to the campaigns counters over the full range, and repeats itself exactly', async () => {
    const list = ((await call(sandbox, '/campaigns?limit=100', { key })).body as ListBody).campaigns
    const full = await a2(`?from_date=${dateOf(clock.now() - 1000 * DAY)}`)
    const total = (pick: (d: A2Body['timeline'][number]) => number) => full.timeline.reduce((a, d) => a + pick(d), 0)
    const counter = (k: string) => list.reduce((a, c) => a + (c[k] as number), 0)
    expect(counter('sent_count')).toBeGreaterThan(0)
    expect(total((d) => d.sent)).toBe(counter('sent_count'))
    expect(total((d) => d.opened)).toBe(counter('open_count'))
    expect(total((d) => d.replied)).toBe(counter('reply_count'))
    expect(total((d) => d.bounced)).toBe(counter('bounce_count'))
    expect(full.timeline.filter((d) => d.sent > 0).length).toBeGreaterThan(5)
    expect(await a2(`?from_date=${dateOf(clock.now() - 1000 * DAY)}`)).toEqual(full)
    expect(await a2()).toEqual(await a2())
  })

  it('validates dates like A1 and refuses reversed or huge ranges with a 400 string detail', async () => {
    const bad = await call(sandbox, '/analytics/campaigns/timeline?to_date=2024-02-30', { key })
    expect(bad).toMatchObject({ status: 422, body: { detail: [{ loc: ['query', 'to_date'], msg: 'invalid date format', type: 'value_error.date' }] } })
    const reversed = await call(sandbox, '/analytics/campaigns/timeline?from_date=2024-03-02&to_date=2024-03-01', { key })
    expect(reversed).toMatchObject({ status: 400, body: { detail: 'from_date must be on or before to_date' } })
    const huge = await call(sandbox, '/analytics/campaigns/timeline?from_date=1900-01-01&to_date=2024-01-01', { key })
    expect(huge.status).toBe(400)
    expect(typeof (huge.body as { detail: unknown }).detail).toBe('string')
    // Only to_date given: the series ends there and starts 90 days earlier.
    expect(await a2('?to_date=2024-03-31')).toMatchObject({ from_date: '2024-01-01', to_date: '2024-03-31' })
  })
})

describe('A2 history from known counters', () => {
  let sandbox: SandboxHandle
  let key: string
  let cleanup: () => Promise<void>
  const launched = Date.now() - 40 * DAY

  beforeAll(async () => {
    const t = await tempDir()
    cleanup = t.cleanup
    const state = emptyState()
    const base = newCampaignRecord({ ...CAMPAIGN_DEFAULTS, name: 'Known counters MWF', sending_days: [1, 3, 5] }, {
      campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', team_id: state.team_id, created_by: state.user_id, created_at: new Date(launched - DAY).toISOString().slice(0, 19) + 'Z'
    })
    state.campaigns.push({
      ...base, status: 'ACTIVE', current_step: 5, launched_at: new Date(launched).toISOString().slice(0, 19) + 'Z',
      total_leads: 1000, sent_count: 640, open_count: 250, reply_count: 31, bounce_count: 12, unsubscribe_count: 2
    })
    await writeFile(join(t.dir, 'state.json'), JSON.stringify(state))
    sandbox = await startSandbox({ dataDir: t.dir })
    key = sandbox.issueKey({ scopes: ['campaigns:read'] })
  })
  afterAll(async () => {
    await sandbox.close()
    await cleanup()
  })

  it('spreads the counters over Mon/Wed/Fri from the launch day on, summing to them exactly', async () => {
    const body = (await call(sandbox, '/analytics/campaigns/timeline', { key })).body as A2Body
    const active = body.timeline.filter((d) => d.sent + d.bounced + d.opened + d.replied > 0)
    expect(active.length).toBeGreaterThan(10)
    for (const d of active) {
      expect([1, 3, 5]).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay())
      expect(d.date >= dateOf(launched)).toBe(true)
    }
    const sum = (k: 'sent' | 'opened' | 'replied' | 'bounced') => body.timeline.reduce((a, d) => a + d[k], 0)
    expect([sum('sent'), sum('opened'), sum('replied'), sum('bounced')]).toEqual([640, 250, 31, 12])
    const a1 = (await call(sandbox, '/analytics/campaigns', { key })).body as A1Body
    expect(a1.campaigns[0]).toMatchObject({ total_sent: 640, open_rate: 0.3906, reply_rate: 0.0484, bounce_rate: 0.0184 })
  })
})

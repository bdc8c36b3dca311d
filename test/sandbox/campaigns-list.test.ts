import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type ListBody, call, startWithKey } from './helpers'

const SUMMARY_KEYS = [
  'campaign_id', 'name', 'status', 'current_step', 'created_at', 'launched_at', 'total_leads',
  'sent_count', 'reply_count', 'open_count', 'bounce_count', 'unsubscribe_count'
]

describe('GET /campaigns (C1)', () => {
  let sandbox: SandboxHandle
  let key: string
  const list = async (query = '') => {
    const res = await call(sandbox, `/campaigns${query}`, { key })
    expect(res.status).toBe(200)
    return res.body as ListBody
  }

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('returns the documented envelope with 12 seeded campaigns, newest first by default', async () => {
    const body = await list()
    expect(body.success).toBe(true)
    expect(body.message).toBe('Campaigns retrieved successfully')
    expect(Object.keys(body)).toEqual(['success', 'message', 'campaigns', 'pagination'])
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: 12, pages: 1, has_next: false, has_prev: false })
    for (const c of body.campaigns) {
      expect(Object.keys(c)).toEqual(SUMMARY_KEYS)
      expect(c.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    }
    const created = body.campaigns.map((c) => c.created_at)
    expect(created).toEqual([...created].sort().reverse())
    expect(new Set(body.campaigns.map((c) => c.status))).toEqual(new Set(['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED']))
  })

  it('seeds plausible counters', async () => {
    for (const c of (await list()).campaigns) {
      const n = c as unknown as Record<string, number>
      expect(c.name.length).toBeGreaterThanOrEqual(8)
      expect(n['sent_count']! + n['bounce_count']!).toBeLessThanOrEqual(n['total_leads']!)
      expect(n['open_count']!).toBeLessThanOrEqual(n['sent_count']!)
      expect(n['reply_count']!).toBeLessThanOrEqual(n['sent_count']!)
      expect(n['unsubscribe_count']!).toBeLessThanOrEqual(n['sent_count']!)
      if (c.status === 'DRAFT') expect([n['sent_count'], c.launched_at]).toEqual([0, null])
      if (c.status === 'COMPLETED') expect(n['sent_count']! + n['bounce_count']!).toBe(n['total_leads'])
      if (c.status === 'ACTIVE') expect(n['sent_count']).toBeGreaterThan(0)
    }
  })

  it('pages with limit and page', async () => {
    const first = await list('?limit=5')
    expect(first.campaigns).toHaveLength(5)
    expect(first.pagination).toEqual({ page: 1, limit: 5, total: 12, pages: 3, has_next: true, has_prev: false })
    const last = await list('?limit=5&page=3')
    expect(last.campaigns).toHaveLength(2)
    expect(last.pagination).toMatchObject({ page: 3, has_next: false, has_prev: true })
    const beyond = await list('?limit=5&page=9')
    expect(beyond.campaigns).toEqual([])
    const all = await list('?limit=100')
    const paged = [...first.campaigns, ...(await list('?limit=5&page=2')).campaigns, ...last.campaigns]
    expect(paged.map((c) => c.campaign_id)).toEqual(all.campaigns.map((c) => c.campaign_id))
  })

  it('searches names case-insensitively and filters by status', async () => {
    const found = await list('?search=FINTECH')
    expect(found.campaigns.map((c) => c.name).sort()).toEqual(['Series A Fintech CFOs', 'Zürich Fintech Leaders'])
    expect(found.pagination.total).toBe(2)
    const drafts = await list('?status=DRAFT')
    expect(drafts.campaigns.length).toBe(3)
    expect(drafts.campaigns.every((c) => c.status === 'DRAFT')).toBe(true)
    expect((await list('?status=active&search=zzz-none')).campaigns).toEqual([])
  })

  it('sorts by name, status and created_at in both directions', async () => {
    const names = (await list('?sort_by=name&sort_order=asc')).campaigns.map((c) => c.name)
    expect(names[0]).toBe('Agency Partnerships EMEA')
    expect(names.at(-1)).toBe('Zürich Fintech Leaders')
    const desc = (await list('?sort_by=name&sort_order=desc')).campaigns.map((c) => c.name)
    expect(desc).toEqual([...names].reverse())
    const statuses = (await list('?sort_by=status&sort_order=asc')).campaigns.map((c) => c.status)
    expect(statuses).toEqual([...statuses].sort())
    const oldest = (await list('?sort_order=asc')).campaigns.map((c) => c.created_at)
    expect(oldest).toEqual([...oldest].sort())
  })

  it('filters to campaigns created in the last N days', async () => {
    const recent = await list('?days=10')
    expect(recent.campaigns.map((c) => c.name).sort()).toEqual(
      ['Logistics Ops Managers Q2', 'Manufacturing Procurement Pilot', 'Zürich Fintech Leaders'].sort()
    )
  })

  it('rejects bad query values with FastAPI 422 bodies at ["query", name]', async () => {
    const tooBig = await call(sandbox, '/campaigns?limit=101', { key })
    expect(tooBig.status).toBe(422)
    expect(tooBig.body).toEqual({
      detail: [{ loc: ['query', 'limit'], msg: 'ensure this value is less than or equal to 100', type: 'value_error.number.not_le', ctx: { limit_value: 100 } }]
    })
    const several = await call(sandbox, '/campaigns?page=0&limit=abc&days=1.5', { key })
    expect(several.status).toBe(422)
    expect(several.body).toEqual({
      detail: [
        { loc: ['query', 'page'], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } },
        { loc: ['query', 'limit'], msg: 'value is not a valid integer', type: 'type_error.integer' },
        { loc: ['query', 'days'], msg: 'value is not a valid integer', type: 'type_error.integer' }
      ]
    })
  })

  it('sorts by sent and reply counts and by launch time (never-launched last both ways)', async () => {
    for (const field of ['sent_count', 'reply_count'] as const) {
      const up = (await list(`?sort_by=${field}&sort_order=asc&limit=100`)).campaigns.map((c) => Number(c[field]))
      expect(up).toEqual([...up].sort((a, b) => a - b))
      const down = (await list(`?sort_by=${field}&sort_order=desc&limit=100`)).campaigns.map((c) => Number(c[field]))
      expect(down).toEqual([...down].sort((a, b) => b - a))
    }
    for (const order of ['asc', 'desc'] as const) {
      const launched = (await list(`?sort_by=launched_at&sort_order=${order}&limit=100`)).campaigns.map((c) => c.launched_at ?? null)
      const set = launched.filter((l): l is string => l !== null)
      expect(launched).toEqual([...(order === 'asc' ? [...set].sort() : [...set].sort().reverse()), ...launched.filter((l) => l === null)])
      expect(set.length).toBeGreaterThan(0)
      expect(set.length).toBeLessThan(launched.length)
    }
  })

  it('answers 400 with a string detail for an unknown sort field or order', async () => {
    const res = await call(sandbox, '/campaigns?sort_by=open_rate', { key })
    expect(res.status).toBe(400)
    expect(typeof (res.body as { detail: unknown }).detail).toBe('string')
    expect((await call(sandbox, '/campaigns?sort_order=sideways', { key })).status).toBe(400)
  })
})

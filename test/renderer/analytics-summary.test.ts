import { describe, expect, it } from 'vitest'
import type { CampaignAnalytics, TimelineDay } from '../../src/shared/contract/analytics'
import { nextSort, sortCampaigns } from '../../src/renderer/src/screens/analytics/campaigns/campaign-sort'
import { readSnapshot, writeSnapshot } from '../../src/renderer/src/screens/analytics/offline/analytics-snapshot'
import { countsLine, hasActivity, timelineSummary, timelineTotals } from '../../src/renderer/src/screens/analytics/timeline/timeline-summary'

const day = (date: string, sent: number, opened = 0, replied = 0, bounced = 0): TimelineDay => ({ date, sent, opened, replied, bounced })
const row = (id: string, name: string | null, bounce: number, sent: number): CampaignAnalytics => ({
  campaign_id: id, campaign_name: name, status: 'ACTIVE', total_leads: 10, total_sent: sent, total_opened: 0, total_replied: 0, total_bounced: 0,
  open_rate: 0, reply_rate: 0, bounce_rate: bounce, created_at: null
})

describe('timeline summary (the chart’s text alternative)', () => {
  const days = [day('2026-03-01', 5, 2, 1, 0), day('2026-03-02', 9, 3, 0, 1), day('2026-03-03', 0)]
  it('totals each series and names the busiest day', () => {
    expect(timelineTotals(days)).toEqual({ sent: 14, opened: 5, replied: 1, bounced: 1 })
    const text = timelineSummary(days)
    expect(text).toContain('(3 days): Sent 14, Opened 5, Replied 1, Bounced 1.')
    expect(text).toMatch(/Busiest day: .*2026 with 9 sent\.$/)
  })
  it('says plainly when nothing was sent', () => {
    expect(hasActivity([day('2026-03-01', 0)])).toBe(false)
    expect(timelineSummary([day('2026-03-01', 0)])).toMatch(/no sends in this range\.$/)
    expect(timelineSummary([])).toBe('No days in this range.')
  })
  it('lists only the series asked for', () => {
    expect(countsLine({ sent: 1, opened: 2, replied: 3, bounced: 4 }, ['opened', 'bounced'])).toBe('Opened 2, Bounced 4')
  })
})

describe('campaign table order', () => {
  const rows = [row('a', 'beta', 0.01, 10), row('b', 'Alpha', 0.06, 30), row('c', null, 0.03, 20), row('d', 'gamma', 0.06, 5)]
  it('sorts by a number either way, ties in the API’s order', () => {
    expect(sortCampaigns(rows, 'bounce_rate', 'desc').map((r) => r.campaign_id)).toEqual(['b', 'd', 'c', 'a'])
    expect(sortCampaigns(rows, 'total_sent', 'asc').map((r) => r.campaign_id)).toEqual(['d', 'a', 'c', 'b'])
  })
  it('sorts names case-insensitively, falling back to the id', () => {
    expect(sortCampaigns(rows, 'campaign_name', 'asc').map((r) => r.campaign_name ?? r.campaign_id)).toEqual(['Alpha', 'beta', 'c', 'gamma'])
  })
  it('keeps the API order for the default and never changes the input', () => {
    const copy = [...rows]
    expect(sortCampaigns(rows, 'created_at', 'desc').map((r) => r.campaign_id)).toEqual(['a', 'b', 'c', 'd'])
    expect(rows).toEqual(copy)
  })
  it('a header click flips the current column, and starts numbers high→low, names A→Z', () => {
    expect(nextSort({ sort: 'bounce_rate', dir: 'desc' }, 'bounce_rate')).toEqual({ sort: 'bounce_rate', dir: 'asc' })
    expect(nextSort({ sort: 'bounce_rate', dir: 'desc' }, 'open_rate')).toEqual({ sort: 'open_rate', dir: 'desc' })
    expect(nextSort({ sort: 'bounce_rate', dir: 'desc' }, 'campaign_name')).toEqual({ sort: 'campaign_name', dir: 'asc' })
  })
})

describe('the saved analytics copy', () => {
  const memory = (): Storage => {
    const map = new Map<string, string>()
    return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), clear: () => map.clear(), key: () => null, get length() { return map.size } }
  }
  it('gives back the answer for the same profile, operation and input only', () => {
    const storage = memory()
    writeSnapshot('p1', 'analytics.timeline', { from_date: '2026-01-01' }, { timeline: [] }, 1234, storage)
    expect(readSnapshot('p1', 'analytics.timeline', { from_date: '2026-01-01' }, storage)).toEqual({ input: '{"from_date":"2026-01-01"}', savedAt: 1234, data: { timeline: [] } })
    expect(readSnapshot('p1', 'analytics.timeline', {}, storage)).toBeNull()
    expect(readSnapshot('p2', 'analytics.timeline', { from_date: '2026-01-01' }, storage)).toBeNull()
  })
  it('treats unreadable storage or values as nothing saved, and a refused write as harmless', () => {
    const broken = { getItem: () => { throw new Error('blocked') }, setItem: () => { throw new Error('full') } } as unknown as Storage
    expect(readSnapshot('p1', 'x', {}, broken)).toBeNull()
    expect(() => writeSnapshot('p1', 'x', {}, 1, 1, broken)).not.toThrow()
    const storage = memory()
    storage.setItem('coldsend.analytics.v1:p1:x', '{not json')
    expect(readSnapshot('p1', 'x', {}, storage)).toBeNull()
  })
})

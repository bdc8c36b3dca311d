import { describe, expect, it } from 'vitest'
import { BOUNCE_THRESHOLDS, bounceLevel } from '../../src/renderer/src/screens/analytics/format/bounce-level'
import { fractionText, percentText } from '../../src/renderer/src/screens/analytics/format/rates'
import { compareData } from '../../src/renderer/src/screens/analytics/chart/compare-options'
import { daySeconds, timelineData } from '../../src/renderer/src/screens/analytics/chart/timeline-options'
import { capacityToday, inboxUsage, usageText } from '../../src/renderer/src/screens/analytics/inboxes/inbox-usage'
import type { Sender } from '../../src/shared/contract/senders'

describe('rates: fractions from analytics, percentages from the campaign detail, never multiplied twice', () => {
  it('shows a fraction 0–1 as a percentage with one decimal', () => {
    expect(fractionText(0.123)).toBe('12.3 %')
    expect(fractionText(0.0455)).toBe('4.5 %')
    expect(fractionText(1)).toBe('100.0 %')
    expect(fractionText(0)).toBe('0.0 %')
  })
  it('shows a percentage 0–100 as it is', () => {
    expect(percentText(32.3)).toBe('32.3 %')
    expect(percentText(100)).toBe('100.0 %')
    expect(percentText(0.5)).toBe('0.5 %')
  })
  it('shows an en dash for missing or broken numbers', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fractionText(v)).toBe('–')
      expect(percentText(v)).toBe('–')
    }
  })
  it('the comparison chart turns fractions into percentages once', () => {
    const [x, campaign, workspace] = compareData([{ label: 'Open rate', campaign: 0.444, workspace: 0.374 }, { label: 'Bounce rate', campaign: null, workspace: 0.02 }])
    const r = (values: ArrayLike<number | null | undefined> | undefined) => Array.from(values ?? [], (v) => (v === null || v === undefined ? null : Math.round(v * 1000) / 1000))
    expect(r(x)).toEqual([-0.18, 0.18, 0.82, 1.18])
    expect(r(campaign)).toEqual([44.4, null, null, null])
    expect(r(workspace)).toEqual([null, 37.4, null, 2])
  })
})

describe('bounce thresholds', () => {
  it('warns from 3 % and flags danger from 5 %, boundaries included', () => {
    expect(BOUNCE_THRESHOLDS).toEqual({ warning: 0.03, danger: 0.05 })
    expect(bounceLevel(0.0299)).toBe('ok')
    expect(bounceLevel(0.03)).toBe('warning')
    expect(bounceLevel(0.0499)).toBe('warning')
    expect(bounceLevel(0.05)).toBe('danger')
    expect(bounceLevel(0.1)).toBe('danger')
    expect(bounceLevel(null)).toBe('ok')
  })
})

describe('timeline columns for the chart', () => {
  it('puts each API day at 00:00 UTC and the four series in order', () => {
    const day = (date: string, sent: number) => ({ date, sent, opened: 2, replied: 1, bounced: 0 })
    const data = timelineData([day('2026-03-01', 5), day('2026-03-02', 7)])
    expect(data[0]).toEqual([daySeconds('2026-03-01'), daySeconds('2026-03-01') + 86_400])
    expect(daySeconds('2026-03-01')).toBe(Date.UTC(2026, 2, 1) / 1000)
    expect(data.slice(1)).toEqual([[5, 7], [2, 2], [1, 1], [0, 0]])
  })
})

describe('inbox usage', () => {
  const inbox = (over: Record<string, unknown>): Sender => ({ inbox_id: 'i', email_address: 'a@b.example', daily_limit: 50, ...over }) as Sender
  it('reads sent_today against the daily limit', () => {
    expect(usageText(inboxUsage(inbox({ sent_today: 12 })))).toBe('12 of 50')
    expect(inboxUsage(inbox({ sent_today: 12 })).share).toBeCloseTo(0.24)
    expect(usageText(inboxUsage(inbox({})))).toBe('Not reported (limit 50)')
    expect(usageText(inboxUsage(inbox({ sent_today: 'many' })))).toBe('Not reported (limit 50)')
    expect(usageText(inboxUsage(inbox({ sent_today: 3, daily_limit: null })))).toBe('3 (no limit reported)')
  })
  it('sums today’s capacity over the inboxes that report both numbers', () => {
    expect(capacityToday([inbox({ sent_today: 10 }), inbox({ sent_today: 5, daily_limit: 20 }), inbox({})])).toEqual({ sent: 15, limit: 70, reporting: 2 })
  })
})

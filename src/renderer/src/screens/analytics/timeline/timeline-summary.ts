import type { TimelineDay } from '../../../../../shared/contract/analytics'
import { SERIES, type SeriesKey } from '../chart/series'
import { countText } from '../format/rates'

/** A day's or a range's four counts. */
export type Counts = Record<SeriesKey, number>

/** The range's totals per series. */
export function timelineTotals(days: readonly TimelineDay[]): Counts {
  const totals: Counts = { sent: 0, opened: 0, replied: 0, bounced: 0 }
  for (const d of days) for (const s of SERIES) totals[s.key] += d[s.key]
  return totals
}

/** Whether anything happened in the range (else the chart gives way to "No sends in this range"). */
export function hasActivity(days: readonly TimelineDay[]): boolean {
  return days.some((d) => d.sent + d.opened + d.replied + d.bounced > 0)
}

/** An API day (`YYYY-MM-DD`, a UTC day) in the reader's words: "Thu, 12 Nov 2026". */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return date
  return d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
}

/** "Sent 14, Opened 5, Replied 1, Bounced 0" for the given series. */
export function countsLine(counts: Counts, keys: readonly SeriesKey[] = SERIES.map((s) => s.key)): string {
  return SERIES.filter((s) => keys.includes(s.key)).map((s) => `${s.label} ${countText(counts[s.key])}`).join(', ')
}

/** The chart's text summary: the range, its totals and its busiest day by emails sent. */
export function timelineSummary(days: readonly TimelineDay[]): string {
  const first = days[0]
  const last = days[days.length - 1]
  if (!first || !last) return 'No days in this range.'
  const span = `${dayLabel(first.date)} to ${dayLabel(last.date)} (${days.length} ${days.length === 1 ? 'day' : 'days'})`
  if (!hasActivity(days)) return `${span}: no sends in this range.`
  const busiest = days.reduce((best, d) => (d.sent > best.sent ? d : best), first)
  return `${span}: ${countsLine(timelineTotals(days))}. Busiest day: ${dayLabel(busiest.date)} with ${countText(busiest.sent)} sent.`
}

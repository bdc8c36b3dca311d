/** The API's default timeline span when no dates are sent: 90 days ago → today (UTC days). */
export const DEFAULT_RANGE_DAYS = 90

/** The quick ranges offered beside the date fields; each ends today and starts N days earlier, like the API's default. */
export const RANGE_PRESETS = [
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' }
] as const

const DAY_MS = 86_400_000
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A date range as the API takes it; both ends inclusive, `YYYY-MM-DD`. */
export interface DateRange {
  from: string
  to: string
}

/** `YYYY-MM-DD` of a moment's UTC day (the API counts in UTC days). */
export function utcDayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Whether text is a real calendar date in `YYYY-MM-DD` form (not Feb 30). */
export function isDateText(text: string): boolean {
  const m = DATE_RE.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The range a preset stands for, as of `now`: today and the `days` days before it. */
export function presetRange(days: number, now: number): DateRange {
  return { from: utcDayText(now - days * DAY_MS), to: utcDayText(now) }
}

/** Which preset a range equals as of `now` (so its button shows as current), or null. */
export function matchingPreset(range: DateRange, now: number): number | null {
  const hit = RANGE_PRESETS.find((p) => {
    const r = presetRange(p.days, now)
    return r.from === range.from && r.to === range.to
  })
  return hit?.days ?? null
}

/** What is wrong with each typed end of a range, in words for the field; empty when the range can be asked for. */
export interface RangeProblems {
  from?: string
  to?: string
}

/** Checks typed From/To before asking the API: both real dates, To not before From. */
export function checkRange(from: string, to: string): RangeProblems {
  const problems: RangeProblems = {}
  if (from.trim() === '') problems.from = 'Enter the first day of the range.'
  else if (!isDateText(from.trim())) problems.from = 'Enter a real date as YYYY-MM-DD, for example 2026-03-01.'
  if (to.trim() === '') problems.to = 'Enter the last day of the range.'
  else if (!isDateText(to.trim())) problems.to = 'Enter a real date as YYYY-MM-DD, for example 2026-03-31.'
  if (!problems.from && !problems.to && to.trim() < from.trim()) problems.to = 'To must be on or after From.'
  return problems
}

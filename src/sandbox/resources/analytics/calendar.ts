/** Whole UTC days since 1970-01-01; the analytics endpoints count in these. */
export type DayNumber = number

const DAY_MS = 86_400_000

// The UTC day a Date (or an ISO timestamp) falls on.
export function dayOf(when: Date | string): DayNumber {
  const ms = typeof when === 'string' ? Date.parse(when) : when.getTime()
  return Math.floor(ms / DAY_MS)
}

// A calendar date → its day number, or null when it does not exist (Feb 30, month 13, year 0).
export function dayFromParts(year: number, month: number, day: number): DayNumber | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? dayOf(d) : null
}

// `YYYY-MM-DD` for a day number (the format A1/A2 take and A2 returns).
export function dateText(day: DayNumber): string {
  const d = new Date(day * DAY_MS)
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}

// ISO weekday as the API's `sending_days` count them: 1 = Monday … 7 = Sunday.
export function isoWeekday(day: DayNumber): number {
  return ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1
}

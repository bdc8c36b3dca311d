/*
 * Wall-clock arithmetic in IANA time zones with nothing but Intl: what a clock in a zone shows at an
 * instant, the zone's UTC offset then, and the reverse — which instant a wall-clock time in a zone
 * names, including on the days clocks jump (DST gaps and overlaps).
 */

/** A calendar date (month 1–12) with a time of day, as a clock on the wall of some zone shows it. */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second?: number
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** What a clock in `zone` shows at `instant` (throws RangeError for a zone Intl does not know). */
export function wallClockAt(zone: string, instant: Date | number): WallClock {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines print midnight as 24 even with h23; normalise it.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0
  }
}

/** A wall-clock reading as if it were UTC, in ms — handy for date arithmetic and comparisons. */
export function wallClockAsUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second ?? 0)
}

/** The zone's offset from UTC at `instant`, in minutes (New York in winter: −300; Kolkata: +330). */
export function offsetMinutesAt(zone: string, instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  const wholeSeconds = Math.floor(ms / 1000) * 1000
  return Math.round((wallClockAsUtc(wallClockAt(zone, wholeSeconds)) - wholeSeconds) / MINUTE)
}

/** "UTC−05:00" / "UTC+05:30" / "UTC+00:00" (a real minus sign, as typography wants). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * The instant at which a clock in `zone` shows `clock`. On a day the clocks jump forward, a time
 * that never happens (02:30 in New York on the spring change) is moved forward by the jump (03:30),
 * the way most schedulers treat it; in the repeated hour of the autumn change the first (earlier)
 * occurrence is taken.
 */
export function instantOfWallClock(zone: string, clock: WallClock): Date {
  const asUtc = wallClockAsUtc(clock)
  // At most one offset change happens within a day on either side, so these two offsets are the only candidates.
  const offsetBefore = offsetMinutesAt(zone, asUtc - DAY)
  const offsetAfter = offsetMinutesAt(zone, asUtc + DAY)
  const candidates = [asUtc - offsetBefore * MINUTE, asUtc - offsetAfter * MINUTE].filter(
    (t) => wallClockAsUtc(wallClockAt(zone, t)) === asUtc
  )
  if (candidates.length) return new Date(Math.min(...candidates))
  // A gap: read the time with the offset in force before the jump, which lands after it.
  return new Date(asUtc - offsetBefore * MINUTE)
}

/** The calendar date `days` after the given one (month 1–12), day-of-week included (1 = Monday … 7 = Sunday). */
export function addCalendarDays(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number; isoWeekday: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    isoWeekday: ((shifted.getUTCDay() + 6) % 7) + 1
  }
}

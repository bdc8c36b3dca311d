/* Sending windows and instants written for people, on a given zone's clock: "Mon 7 Dec, 09:00–17:00". */
import { addCalendarDays, wallClockAt, type WallClock } from './zone-clock'

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number) => String(n).padStart(2, '0')

function day(clock: WallClock): string {
  const { isoWeekday } = addCalendarDays(clock, 0)
  return `${DAYS[isoWeekday - 1]} ${clock.day} ${MONTHS[clock.month - 1]}`
}

const time = (clock: WallClock) => `${pad(clock.hour)}:${pad(clock.minute)}`
const sameDay = (a: WallClock, b: WallClock) => a.year === b.year && a.month === b.month && a.day === b.day

/**
 * A window on `zone`'s clock: "Mon 7 Dec, 09:00–17:00"; an end at the following midnight is
 * "24:00"; a window crossing midnight otherwise (seen from another zone) names both days:
 * "Mon 7 Dec, 23:00 – Tue 8 Dec, 07:00".
 */
export function formatWindow(window: { start: Date; end: Date }, zone: string): string {
  const start = wallClockAt(zone, window.start)
  const end = wallClockAt(zone, window.end)
  if (sameDay(start, end)) return `${day(start)}, ${time(start)}–${time(end)}`
  const next = addCalendarDays(start, 1)
  if (end.hour === 0 && end.minute === 0 && sameDay({ ...next, hour: 0, minute: 0 }, end)) return `${day(start)}, ${time(start)}–24:00`
  return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)}`
}

/** An instant on `zone`'s clock with its year: "Mon 7 Dec 2026, 09:00". */
export function formatInstant(instant: Date, zone: string): string {
  const clock = wallClockAt(zone, instant)
  return `${day(clock)} ${clock.year}, ${time(clock)}`
}

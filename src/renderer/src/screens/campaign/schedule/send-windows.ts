/*
 * When a campaign will next send: its sending windows in its own time zone, as real instants, so the
 * editor can show them in the campaign's zone and the operator's. Intl only, DST-correct.
 */
import { resolveSchedule, scheduleProblems, type SendingSchedule } from './schedule-rules'
import { parseStartDate } from './start-date'
import { addCalendarDays, instantOfWallClock, wallClockAt } from './zone-clock'

/** The schedule's rules and types, re-exported so the editor imports one module for the schedule. */
export { scheduleProblems, SCHEDULE_DEFAULTS, type SendingSchedule, type ScheduleProblem } from './schedule-rules'
/** Wall-clock time in a zone → instant (DST gaps move forward, overlaps take the first), for callers that need it. */
export { instantOfWallClock, type WallClock } from './zone-clock'

/** One sending window. */
export interface SendingWindow {
  /** When the window opens — its real opening time, even if it is already open at `now`. */
  start: Date
  end: Date
  /** True when `now` (or the start date) falls inside this window: sending could happen right away. */
  inProgress: boolean
}

/**
 * The next `count` windows that end after max(now, start_date), in order. A window already open at
 * that moment is included with its real start and `inProgress: true`. An end of 24:00 is midnight
 * at the start of the next day. Days are 1 = Monday … 7 = Sunday in the campaign's zone. A schedule
 * that breaks the rules (no days, end not after start, unknown zone …) has no windows: `[]`.
 */
export function nextSendingWindows(schedule: SendingSchedule, now: Date, count = 5): SendingWindow[] {
  if (count <= 0 || scheduleProblems(schedule).length) return []
  const s = resolveSchedule(schedule)
  const zone = s.timezone
  const startDate = s.start_date ? parseStartDate(s.start_date, zone) : null
  const from = startDate && startDate > now ? startDate : now
  const days = new Set(s.sending_days)
  const today = wallClockAt(zone, from)
  const windows: SendingWindow[] = []
  // Start a day early: yesterday's window cannot still be open (it ends by 24:00), but it is cheap to be sure.
  for (let offset = -1; windows.length < count && offset <= 7 * count + 7; offset++) {
    const date = addCalendarDays(today, offset)
    if (!days.has(date.isoWeekday)) continue
    const start = instantOfWallClock(zone, { ...date, hour: s.sending_window_start, minute: s.sending_window_start_minute })
    const end =
      s.sending_window_end === 24
        ? instantOfWallClock(zone, { ...addCalendarDays(date, 1), hour: 0, minute: 0 })
        : instantOfWallClock(zone, { ...date, hour: s.sending_window_end, minute: s.sending_window_end_minute })
    // A window wholly inside a DST gap collapses; it never opens.
    if (end <= start || end <= from) continue
    windows.push({ start, end, inProgress: start <= from })
  }
  return windows
}

/*
 * A campaign's sending schedule as the API names it, its documented defaults, and the documented
 * rules it must meet — checked here so the editor can say what is wrong before the server does.
 */
import { parseStartDate } from './start-date'
import { isValidTimeZone } from './time-zones'

/**
 * The schedule fields of a campaign (wire names). Absent or null fields take the API's defaults
 * (see SCHEDULE_DEFAULTS); `start_date` null means "starts when launched".
 */
export interface SendingSchedule {
  timezone?: string | null
  /** 1 = Monday … 7 = Sunday. */
  sending_days?: number[] | null
  sending_window_start?: number | null
  sending_window_start_minute?: number | null
  sending_window_end?: number | null
  sending_window_end_minute?: number | null
  /** ISO date-time; without an offset it is read as wall-clock time in `timezone`. */
  start_date?: string | null
}

/** A schedule with every field filled in. */
export interface ResolvedSchedule {
  timezone: string
  sending_days: number[]
  sending_window_start: number
  sending_window_start_minute: number
  sending_window_end: number
  sending_window_end_minute: number
  start_date: string | null
}

/** The API's documented defaults for a new campaign's schedule. */
export const SCHEDULE_DEFAULTS: ResolvedSchedule = {
  timezone: 'America/New_York',
  sending_days: [1, 2, 3, 4, 5],
  sending_window_start: 9,
  sending_window_start_minute: 0,
  sending_window_end: 17,
  sending_window_end_minute: 0,
  start_date: null
}

/** One problem with the schedule, keyed by the wire name of the field to fix. */
export interface ScheduleProblem {
  path: keyof SendingSchedule
  msg: string
}

/** The schedule with absent/null fields replaced by the defaults. */
export function resolveSchedule(schedule: SendingSchedule): ResolvedSchedule {
  return {
    timezone: schedule.timezone ?? SCHEDULE_DEFAULTS.timezone,
    sending_days: schedule.sending_days ?? SCHEDULE_DEFAULTS.sending_days,
    sending_window_start: schedule.sending_window_start ?? SCHEDULE_DEFAULTS.sending_window_start,
    sending_window_start_minute: schedule.sending_window_start_minute ?? SCHEDULE_DEFAULTS.sending_window_start_minute,
    sending_window_end: schedule.sending_window_end ?? SCHEDULE_DEFAULTS.sending_window_end,
    sending_window_end_minute: schedule.sending_window_end_minute ?? SCHEDULE_DEFAULTS.sending_window_end_minute,
    start_date: schedule.start_date ?? null
  }
}

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`

/**
 * Everything wrong with the schedule by the API's documented rules: a known IANA zone; 1–7 days
 * numbered 1 (Monday) to 7 (Sunday); start 0–23 h, end 1–24 h, minutes 0–59; at 24 h the minute
 * must be 0; the window ends after it starts; start_date a date-time. Empty when all is well.
 */
export function scheduleProblems(schedule: SendingSchedule): ScheduleProblem[] {
  const s = resolveSchedule(schedule)
  const problems: ScheduleProblem[] = []
  const add = (path: ScheduleProblem['path'], msg: string) => problems.push({ path, msg })

  if (!isValidTimeZone(s.timezone)) add('timezone', `Unknown time zone "${s.timezone}". Use an IANA name such as America/New_York.`)

  if (s.sending_days.length === 0) add('sending_days', 'Choose at least one sending day.')
  else if (s.sending_days.some((d) => !inRange(d, 1, 7))) add('sending_days', 'Sending days are numbered 1 (Monday) to 7 (Sunday).')
  else if (s.sending_days.length > 7) add('sending_days', 'Choose at most 7 sending days.')

  const startOk = inRange(s.sending_window_start, 0, 23)
  const startMinuteOk = inRange(s.sending_window_start_minute, 0, 59)
  const endOk = inRange(s.sending_window_end, 1, 24)
  const endMinuteOk = inRange(s.sending_window_end_minute, 0, 59)
  if (!startOk) add('sending_window_start', 'The window must start at an hour from 0 to 23.')
  if (!startMinuteOk) add('sending_window_start_minute', 'Minutes go from 0 to 59.')
  if (!endOk) add('sending_window_end', 'The window must end at an hour from 1 to 24.')
  if (!endMinuteOk) add('sending_window_end_minute', 'Minutes go from 0 to 59.')
  else if (s.sending_window_end === 24 && s.sending_window_end_minute !== 0) {
    add('sending_window_end_minute', 'A window that ends at hour 24 must end at 24:00 (minute 0).')
  }
  if (startOk && startMinuteOk && endOk && endMinuteOk) {
    const start = s.sending_window_start * 60 + s.sending_window_start_minute
    const end = s.sending_window_end * 60 + s.sending_window_end_minute
    if (end <= start) {
      add('sending_window_end', `The window must end after it starts (${hhmm(s.sending_window_start, s.sending_window_start_minute)}).`)
    }
  }

  if (s.start_date !== null && parseStartDate(s.start_date, isValidTimeZone(s.timezone) ? s.timezone : 'UTC') === null) {
    add('start_date', 'Not a date and time (expected something like 2026-12-07T09:00).')
  }
  return problems
}

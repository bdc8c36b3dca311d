/*
 * What ColdSend's computed fields show, for the preview. The docs name the fields but not their
 * exact wording, so the preview uses the obvious reading: time of day is "morning" (before 12:00),
 * "afternoon" (before 17:00) or "evening"; day of week and day name are the weekday's English name;
 * `dn_date N days from now FORMAT` is the calendar date N days ahead, written with moment.js format
 * tokens. All are read on a clock in the given time zone (the campaign's, when the caller knows it).
 */
import { addCalendarDays, wallClockAt } from '../schedule/zone-clock'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A calendar date written with moment.js date tokens (YYYY YY MMMM MMM MM M Do DD D dddd ddd dd d,
 * `[text]` for literal text); other characters are kept as they are.
 */
export function formatMomentDate(date: { year: number; month: number; day: number; isoWeekday: number }, format: string): string {
  const weekday = WEEKDAYS[date.isoWeekday - 1] ?? ''
  const month = MONTHS[date.month - 1] ?? ''
  const tokens: Record<string, string> = {
    YYYY: String(date.year),
    YY: pad(date.year % 100),
    MMMM: month,
    MMM: month.slice(0, 3),
    MM: pad(date.month),
    M: String(date.month),
    Do: ordinal(date.day),
    DD: pad(date.day),
    D: String(date.day),
    dddd: weekday,
    ddd: weekday.slice(0, 3),
    dd: weekday.slice(0, 2),
    d: String(date.isoWeekday % 7)
  }
  return format.replace(/\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d/g, (token, literal: string | undefined) => literal ?? tokens[token] ?? token)
}

function today(now: Date, timeZone: string) {
  const clock = wallClockAt(timeZone, now)
  return { clock, date: addCalendarDays(clock, 0) }
}

/** `dn_date N days from now FORMAT` as of `now` in `timeZone`. */
export function dnDateValue(now: Date, timeZone: string, days: number, format: string): string {
  return formatMomentDate(addCalendarDays(today(now, timeZone).date, days), format)
}

/** The plain computed fields (`dn_time_of_day`, `dn_day_of_week`, `dn_day_name`) as of `now` in `timeZone`. */
export function computedFieldValues(now: Date, timeZone: string): Record<string, string> {
  const { clock, date } = today(now, timeZone)
  const weekday = WEEKDAYS[date.isoWeekday - 1] ?? ''
  return {
    dn_time_of_day: clock.hour < 12 ? 'morning' : clock.hour < 17 ? 'afternoon' : 'evening',
    dn_day_of_week: weekday,
    dn_day_name: weekday
  }
}

import { model, nullable, optional, str } from '../../validation'
import { invented } from '../../wording'
import type { DayNumber } from './calendar'
import { date } from './date-param'

/** Default A2 span: "90 days ago → today". */
export const DEFAULT_TIMELINE_DAYS = 90
/** Longest A2 series the sandbox serves (the docs set no limit; ours keeps answers small). */
export const MAX_TIMELINE_DAYS = 3660

// A1 query parameters, in the documented order.
export const analyticsQueryModel = model({
  status: optional(nullable(str()), null),
  from_date: optional(nullable(date()), null),
  to_date: optional(nullable(date()), null)
})

// A2 query parameters.
export const timelineQueryModel = model({
  from_date: optional(nullable(date()), null),
  to_date: optional(nullable(date()), null)
})

/** A checked date range, or why it cannot be served (400, string detail). */
export type RangeCheck = { ok: true; from: DayNumber; to: DayNumber } | { ok: false; problem: string }

// A2's range: `to` defaults to today and `from` to 90 days before `to`; reversed or huge ranges are refused.
export function timelineRange(from: DayNumber | null, to: DayNumber | null, today: DayNumber): RangeCheck {
  const end = to ?? today
  const start = from ?? end - DEFAULT_TIMELINE_DAYS
  if (start > end) return { ok: false, problem: invented.dateRangeReversed }
  if (end - start + 1 > MAX_TIMELINE_DAYS) return { ok: false, problem: invented.dateRangeTooLong(MAX_TIMELINE_DAYS) }
  return { ok: true, from: start, to: end }
}

import { bool, datetime, int, list, model, nullable, optional, refine, required, str } from '../../validation'
import { invented } from '../../wording'
import { CAMPAIGN_DEFAULTS as D } from './records'

/** Server-side limits that tests may override to simulate the real server drifting from the docs. */
export interface CampaignLimits {
  nameMin: number
  nameMax: number
}

/** The documented limits. */
export const DOCUMENTED_CAMPAIGN_LIMITS: CampaignLimits = { nameMin: 8, nameMax: 255 }

// An IANA zone the runtime knows (the docs ask for an IANA name; the wording of the error is ours); C2 and C4 share it.
export function timezoneProblem(tz: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return null
  } catch {
    return invented.unknownTimezone(tz)
  }
}

// C2 request body ("Request schema for public campaign creation"), fields in the documented order.
export function campaignCreateModel(limits: CampaignLimits) {
  return model({
    name: required(str({ minLength: limits.nameMin, maxLength: limits.nameMax })),
    daily_limit_per_inbox: optional(nullable(int({ ge: 1, le: 100 })), D.daily_limit_per_inbox),
    start_date: optional(nullable(datetime()), D.start_date),
    timezone: optional(refine(str({ maxLength: 100 }), timezoneProblem), D.timezone),
    sending_days: optional(list(int({ ge: 1, le: 7 }), { minItems: 1, maxItems: 7 }), [...D.sending_days]),
    sending_window_start: optional(int({ ge: 0, le: 23 }), D.sending_window_start),
    sending_window_start_minute: optional(int({ ge: 0, le: 59 }), D.sending_window_start_minute),
    sending_window_end: optional(int({ ge: 1, le: 24 }), D.sending_window_end),
    sending_window_end_minute: optional(int({ ge: 0, le: 59 }), D.sending_window_end_minute),
    enable_tracking: optional(bool(), D.enable_tracking),
    enable_unsubscribe: optional(bool(), D.enable_unsubscribe),
    ramp_up_enabled: optional(bool(), D.ramp_up_enabled),
    // Ranges are not documented; at least 1 is our assumption.
    ramp_up_increment: optional(int({ ge: 1 }), D.ramp_up_increment),
    ramp_up_max_limit: optional(int({ ge: 1 }), D.ramp_up_max_limit)
  })
}

// C1 query parameters, in the documented order; values arrive as strings and are coerced.
export const campaignListQueryModel = model({
  page: optional(int({ ge: 1 }), 1),
  limit: optional(int({ ge: 1, le: 100 }), 20),
  status: optional(nullable(str()), null),
  search: optional(nullable(str()), null),
  sort_by: optional(nullable(str()), null),
  sort_order: optional(nullable(str()), null),
  days: optional(nullable(int({ ge: 1 })), null)
})

// Cross-field rules the docs state for the sending window, checked in the handler (400, string detail).
export function sendingWindowProblem(w: {
  sending_window_start: number
  sending_window_start_minute: number
  sending_window_end: number
  sending_window_end_minute: number
}): string | null {
  if (w.sending_window_end === 24 && w.sending_window_end_minute !== 0) return invented.windowEndMinuteAt24
  const start = w.sending_window_start * 60 + w.sending_window_start_minute
  const end = w.sending_window_end * 60 + w.sending_window_end_minute
  return end > start ? null : invented.windowEndBeforeStart
}

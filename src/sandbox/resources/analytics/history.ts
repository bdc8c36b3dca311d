import { createPrng } from '../../store/prng'
import type { CampaignRecord } from '../../store/state'
import { apportion } from './apportion'
import { type DayNumber, dayOf, isoWeekday } from './calendar'

/** One day of sending activity. */
export interface DayCounts {
  sent: number
  opened: number
  replied: number
  bounced: number
}

/** Assumed sends per inbox per day when a campaign sets no cap (drives how long a finished campaign ran). */
const UNCAPPED_DAILY_SENDS = 100
/** Longest history generated for one campaign, in days (keeps odd dates cheap). */
const MAX_SPAN_DAYS = 3660

// FNV-1a: a stable 32-bit seed from a campaign id, so its history never changes between calls.
function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

// The days a campaign sent on: its sending weekdays from launch on — until today while ACTIVE, otherwise
// as many as its daily capacity needed for what it processed. Never empty (falls back to the launch day).
function sendingDays(c: CampaignRecord, start: DayNumber, today: DayNumber): DayNumber[] {
  const weekdays = new Set(c.sending_days.length > 0 ? c.sending_days : [1, 2, 3, 4, 5, 6, 7])
  const capacity = (c.daily_limit_per_inbox ?? UNCAPPED_DAILY_SENDS) * Math.max(1, c.inboxes.length)
  const needed = c.status === 'ACTIVE' ? Infinity : Math.max(1, Math.ceil((c.sent_count + c.bounce_count) / capacity))
  const days: DayNumber[] = []
  const last = Math.min(Math.max(start, today), start + MAX_SPAN_DAYS)
  for (let d = start; d <= last && days.length < needed; d++) if (weekdays.has(isoWeekday(d))) days.push(d)
  return days.length > 0 ? days : [start]
}

/**
 * A deterministic, plausible daily history of one campaign: its counters spread over the days it sent
 * (weekdays by `sending_days`, a short ramp-up, seeded noise keyed on the campaign id). The days add up
 * to the campaign's counters exactly; opens never exceed sends on a day, replies never exceed opens
 * (or sends when the campaign does not track opens).
 */
export function campaignHistory(c: CampaignRecord, today: DayNumber): Array<{ day: DayNumber; counts: DayCounts }> {
  if (c.sent_count + c.open_count + c.reply_count + c.bounce_count === 0) return []
  const days = sendingDays(c, dayOf(c.launched_at ?? c.created_at), today)
  const rng = createPrng(seedOf(c.campaign_id))
  const noise = () => 0.55 + 0.9 * rng.next()
  const sent = apportion(c.sent_count, days.map((_, i) => Math.min(1, 0.5 + 0.125 * i) * noise()))
  const bounced = apportion(c.bounce_count, sent.map((s) => (s + 1) * noise()))
  const opened = apportion(c.open_count, sent.map((s) => s * noise()), sent)
  const replyBase = c.reply_count <= c.open_count ? opened : sent
  const replied = apportion(c.reply_count, replyBase.map((s) => s * noise()), replyBase)
  return days.map((day, i) => ({
    day,
    counts: { sent: sent[i] ?? 0, opened: opened[i] ?? 0, replied: replied[i] ?? 0, bounced: bounced[i] ?? 0 }
  }))
}

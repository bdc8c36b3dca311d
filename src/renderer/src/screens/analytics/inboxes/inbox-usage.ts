import type { Sender } from '../../../../../shared/contract/senders'

/** One inbox's sending today against its limit, as far as the API reports it. */
export interface InboxUsage {
  /** Emails sent today, or null when the API does not report it (`sent_today` is not a documented field). */
  sentToday: number | null
  dailyLimit: number | null
  /** sent / limit as a fraction 0–1, or null when either is unknown or the limit is 0. */
  share: number | null
}

/** Reads `sent_today` (undocumented, so checked) and `daily_limit` from an inbox row. */
export function inboxUsage(inbox: Sender): InboxUsage {
  const raw = (inbox as { sent_today?: unknown }).sent_today
  const sentToday = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : null
  const dailyLimit = typeof inbox.daily_limit === 'number' ? inbox.daily_limit : null
  const share = sentToday !== null && dailyLimit !== null && dailyLimit > 0 ? sentToday / dailyLimit : null
  return { sentToday, dailyLimit, share }
}

/** "12 of 50" / "12 (no limit reported)" / "Not reported": the usage in words for the table cell and the meter's label. */
export function usageText(u: InboxUsage): string {
  if (u.sentToday === null) return u.dailyLimit === null ? 'Not reported' : `Not reported (limit ${u.dailyLimit.toLocaleString()})`
  if (u.dailyLimit === null) return `${u.sentToday.toLocaleString()} (no limit reported)`
  return `${u.sentToday.toLocaleString()} of ${u.dailyLimit.toLocaleString()}`
}

/** The workspace's sending capacity today: summed limits and sends of the inboxes that report both. */
export function capacityToday(inboxes: readonly Sender[]): { sent: number; limit: number; reporting: number } {
  let sent = 0
  let limit = 0
  let reporting = 0
  for (const inbox of inboxes) {
    const u = inboxUsage(inbox)
    if (u.sentToday === null || u.dailyLimit === null) continue
    sent += u.sentToday
    limit += u.dailyLimit
    reporting += 1
  }
  return { sent, limit, reporting }
}

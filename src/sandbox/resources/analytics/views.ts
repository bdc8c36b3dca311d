import type { CampaignRecord } from '../../store/state'
import { type DayNumber, dateText } from './calendar'
import { type DayCounts, campaignHistory } from './history'
import { rate, ratesOf } from './rates'

// One A1 row: the campaign's own counters under A1's names, rates as fractions (so they agree with C1).
export function campaignAnalytics(c: CampaignRecord) {
  return {
    campaign_id: c.campaign_id,
    campaign_name: c.name,
    status: c.status,
    total_leads: c.total_leads,
    total_sent: c.sent_count,
    total_opened: c.open_count,
    total_replied: c.reply_count,
    total_bounced: c.bounce_count,
    ...ratesOf(c.sent_count, c.open_count, c.reply_count, c.bounce_count),
    created_at: c.created_at
  }
}

// A1 workspace KPIs over the selected campaigns; the averages are weighted by volume (Σ opened / Σ sent …).
export function workspaceKpis(rows: readonly CampaignRecord[]) {
  const sum = (pick: (c: CampaignRecord) => number) => rows.reduce((acc, c) => acc + pick(c), 0)
  const sent = sum((c) => c.sent_count)
  const bounced = sum((c) => c.bounce_count)
  return {
    total_campaigns: rows.length,
    total_sends: sent,
    avg_open_rate: rate(sum((c) => c.open_count), sent),
    avg_reply_rate: rate(sum((c) => c.reply_count), sent),
    avg_bounce_rate: rate(bounced, sent + bounced)
  }
}

// A2 rows: one per day from `from` to `to` inclusive, zeros where nothing happened.
export function timelineRows(campaigns: readonly CampaignRecord[], from: DayNumber, to: DayNumber, today: DayNumber) {
  const totals = new Map<DayNumber, DayCounts>()
  for (const c of campaigns) {
    for (const { day, counts } of campaignHistory(c, today)) {
      if (day < from || day > to) continue
      const t = totals.get(day) ?? { sent: 0, opened: 0, replied: 0, bounced: 0 }
      totals.set(day, { sent: t.sent + counts.sent, opened: t.opened + counts.opened, replied: t.replied + counts.replied, bounced: t.bounced + counts.bounced })
    }
  }
  const rows = []
  for (let day = from; day <= to; day++) {
    const t = totals.get(day) ?? { sent: 0, opened: 0, replied: 0, bounced: 0 }
    rows.push({ date: dateText(day), ...t, ...ratesOf(t.sent, t.opened, t.replied, t.bounced) })
  }
  return rows
}

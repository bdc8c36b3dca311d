import type { CampaignDetail } from '../../../../shared/contract/campaigns'
import { FactList } from '../../components/FactList'
import { StatusBadge } from '../../components/StatusBadge'
import { formatDate } from '../../format/dates'

const count = (n: number | null | undefined) => (typeof n === 'number' ? n.toLocaleString() : '–')
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const hhmm = (h: number | null | undefined, m: number | null | undefined) =>
  typeof h === 'number' ? `${String(h).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}` : '–'

/** A campaign at a glance: status, counters and the sending setup, read-only. */
export function CampaignOverview({ campaign }: { campaign: CampaignDetail }) {
  const rows: Array<[string, React.ReactNode]> = [
    ['Status', <StatusBadge key="s" status={campaign.status} />],
    ['Leads', count(campaign.total_leads)],
    ['Sent', count(campaign.sent_count)],
    ['Opens', count(campaign.open_count)],
    ['Replies', count(campaign.reply_count)],
    ['Bounces', count(campaign.bounce_count)],
    ['Daily limit per inbox', campaign.daily_limit_per_inbox ?? 'No campaign-level cap'],
    ['Time zone', campaign.timezone ?? '–'],
    ['Sending days', campaign.sending_days?.length ? campaign.sending_days.map((d) => DAYS[d] ?? d).join(', ') : '–'],
    ['Sending window', `${hhmm(campaign.sending_window_start, campaign.sending_window_start_minute)} – ${hhmm(campaign.sending_window_end, campaign.sending_window_end_minute)}`],
    ['Variants', campaign.variants?.length ?? 0],
    ['Inboxes', campaign.inboxes?.map((i) => i.email_address ?? i.inbox_id).join(', ') || 'None assigned'],
    ['Created', formatDate(campaign.created_at)]
  ]
  return (
    <section className="panel" aria-labelledby="campaign-overview-heading">
      <h2 id="campaign-overview-heading">Overview</h2>
      <FactList facts={rows} />
    </section>
  )
}

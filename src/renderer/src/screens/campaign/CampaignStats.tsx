import type { CampaignDetail } from '../../../../shared/contract/campaigns'

const n = (v: number) => v.toLocaleString()

/** The campaign's counters in one line above the editor: leads, sent, opens, replies, bounces, unsubscribes. */
export function CampaignStats({ campaign }: { campaign: CampaignDetail }) {
  const stats: Array<[string, number]> = [
    ['Leads', campaign.total_leads],
    ['Sent', campaign.sent_count],
    ['Opens', campaign.open_count],
    ['Replies', campaign.reply_count],
    ['Bounces', campaign.bounce_count],
    ['Unsubscribes', campaign.unsubscribe_count]
  ]
  return (
    <ul className="campaign-stats" aria-label="Campaign counters">
      {stats.map(([label, value]) => (
        <li key={label}>
          {label}: <strong>{n(value)}</strong>
        </li>
      ))}
    </ul>
  )
}

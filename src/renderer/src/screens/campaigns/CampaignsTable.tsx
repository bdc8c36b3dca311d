import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { StatusBadge } from '../../components/StatusBadge'
import { formatDate } from '../../format/dates'

const count = (n: number) => n.toLocaleString()

/** Props: the rows, the heading that names the table, and the per-row action. */
export interface CampaignsTableProps {
  items: readonly CampaignSummary[]
  labelledBy: string
  onUploadLeads?: (campaign: CampaignSummary) => void
}

/** The campaigns list as a real table: name as the row header, counters right-aligned, row actions last. */
export function CampaignsTable({ items, labelledBy, onUploadLeads }: CampaignsTableProps) {
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">Leads</th>
          <th scope="col" className="num">Sent</th>
          <th scope="col" className="num">Replies</th>
          <th scope="col" className="num">Opens</th>
          <th scope="col" className="num">Bounces</th>
          <th scope="col">Created</th>
          {onUploadLeads ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.campaign_id}>
            <th scope="row">{c.name}</th>
            <td>
              <StatusBadge status={c.status} />
            </td>
            <td className="num">{count(c.total_leads)}</td>
            <td className="num">{count(c.sent_count)}</td>
            <td className="num">{count(c.reply_count)}</td>
            <td className="num">{count(c.open_count)}</td>
            <td className="num">{count(c.bounce_count)}</td>
            <td>{c.created_at ? <time dateTime={c.created_at}>{formatDate(c.created_at)}</time> : '–'}</td>
            {onUploadLeads ? (
              <td>
                <button type="button" className="link-button" aria-label={`Upload leads to ${c.name}`} onClick={() => onUploadLeads(c)}>
                  Upload leads
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

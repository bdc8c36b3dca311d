import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { StatusBadge } from '../../components/StatusBadge'
import { TruncatedText } from '../../components/TruncatedText'
import { formatDate } from '../../format/dates'
import { paths } from '../../routes/paths'

const count = (n: number) => n.toLocaleString()

/** Props: the rows, the heading that names the table, and the per-row action. */
export interface CampaignsTableProps {
  items: readonly CampaignSummary[]
  labelledBy: string
  onUploadLeads?: (campaign: CampaignSummary) => void
}

const COUNTERS = ['total_leads', 'sent_count', 'reply_count', 'open_count', 'bounce_count'] as const

/**
 * The campaigns list as a real table: name as the row header, counters right-aligned, row actions
 * last. Fixed column widths (the <colgroup>) keep every column in place from one page of results to
 * the next; the name takes the remaining width and long names are cut, never wrapped or overflowing.
 */
export function CampaignsTable({ items, labelledBy, onUploadLeads }: CampaignsTableProps) {
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <colgroup>
        <col className="col-name" />
        <col className="col-status" />
        {COUNTERS.map((key) => (
          <col key={key} className="col-count" />
        ))}
        <col className="col-date" />
        {onUploadLeads ? <col className="col-actions" /> : null}
      </colgroup>
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
            <th scope="row">
              <TruncatedText text={c.name} to={paths.campaign(c.campaign_id)} />
            </th>
            <td>
              <StatusBadge status={c.status} />
            </td>
            {COUNTERS.map((key) => (
              <td key={key} className="num">
                <TruncatedText text={count(c[key])} />
              </td>
            ))}
            <td className="cell-wrap">{c.created_at ? <time dateTime={c.created_at}>{formatDate(c.created_at)}</time> : '–'}</td>
            {onUploadLeads ? (
              <td className="cell-wrap">
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

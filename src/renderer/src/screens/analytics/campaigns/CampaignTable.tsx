import type { CampaignAnalytics } from '../../../../../shared/contract/analytics'
import { StatusBadge } from '../../../components/StatusBadge'
import { TruncatedText } from '../../../components/TruncatedText'
import { formatDate } from '../../../format/dates'
import { paths } from '../../../routes/paths'
import type { CampaignSortKey } from '../analytics-params'
import { BounceRate } from '../format/BounceRate'
import { countText, fractionText } from '../format/rates'
import { SortHeader } from './SortHeader'
import { nextSort, sortCampaigns } from './campaign-sort'

/** Props: the API's campaign rows and the order from the address. */
export interface CampaignTableProps {
  rows: readonly CampaignAnalytics[]
  sort: CampaignSortKey
  dir: 'asc' | 'desc'
  onSort: (order: { sort: CampaignSortKey; dir: 'asc' | 'desc' }) => void
}

const COLUMNS: ReadonlyArray<[CampaignSortKey, string, boolean]> = [
  ['status', 'Status', false],
  ['created_at', 'Created', false],
  ['total_sent', 'Sent', true],
  ['total_opened', 'Opened', true],
  ['open_rate', 'Open rate', true],
  ['total_replied', 'Replied', true],
  ['reply_rate', 'Reply rate', true],
  ['total_bounced', 'Bounced', true],
  ['bounce_rate', 'Bounce rate', true]
]

/** Every campaign with its rates and the counts behind them, sortable by any column, bounce rates flagged. */
export function CampaignTable({ rows, sort, dir, onSort }: CampaignTableProps) {
  const click = (column: CampaignSortKey) => onSort(nextSort({ sort, dir }, column))
  return (
    <div className="table-wrap">
      <table className="data-table analytics-campaigns" aria-labelledby="campaigns-heading">
        <thead>
          <tr>
            <SortHeader column="campaign_name" label="Campaign" sort={sort} dir={dir} onSort={click} />
            {COLUMNS.map(([column, label, numeric]) => (
              <SortHeader key={column} column={column} label={label} sort={sort} dir={dir} onSort={click} numeric={numeric} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sortCampaigns(rows, sort, dir).map((c) => (
            <tr key={c.campaign_id}>
              <th scope="row">
                <TruncatedText text={c.campaign_name ?? c.campaign_id} to={paths.campaign(c.campaign_id)} />
              </th>
              <td>{c.status ? <StatusBadge status={c.status} /> : '–'}</td>
              <td>{formatDate(c.created_at)}</td>
              <td className="num">{countText(c.total_sent)}</td>
              <td className="num">{countText(c.total_opened)}</td>
              <td className="num">{fractionText(c.open_rate)}</td>
              <td className="num">{countText(c.total_replied)}</td>
              <td className="num">{fractionText(c.reply_rate)}</td>
              <td className="num">{countText(c.total_bounced)}</td>
              <td className="num"><BounceRate rate={c.bounce_rate} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

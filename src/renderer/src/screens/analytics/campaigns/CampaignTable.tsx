import type { ReactNode } from 'react'
import type { CampaignAnalytics } from '../../../../../shared/contract/analytics'
import { StatusBadge } from '../../../components/StatusBadge'
import { TruncatedText } from '../../../components/TruncatedText'
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
  ['total_sent', 'Sent', true],
  ['open_rate', 'Open rate', true],
  ['reply_rate', 'Reply rate', true],
  ['bounce_rate', 'Bounce rate', true]
]

/** A rate with the counts it comes from on a second line ("9 of 21 opened"); with nothing to count from, no rate at all ("–", "nothing sent yet") rather than a misleading 0.0 %. */
function RateCell({ rate, part, base, verb, children }: { rate: number | null | undefined; part: number; base: number; verb: string; children?: ReactNode }) {
  return (
    <td className="num">
      <span className="rate-cell">{base === 0 ? '–' : (children ?? fractionText(rate))}</span>
      <span className="rate-cell__count">{base === 0 ? 'nothing sent yet' : `${countText(part)} of ${countText(base)} ${verb}`}</span>
    </td>
  )
}

/** Every campaign with its rates and the counts behind them, sortable by any column, bounce rates flagged. */
export function CampaignTable({ rows, sort, dir, onSort }: CampaignTableProps) {
  const click = (column: CampaignSortKey) => onSort(nextSort({ sort, dir }, column))
  return (
    <div className="table-wrap">
      <table className="data-table analytics-campaigns" aria-labelledby="campaigns-heading">
        <colgroup>
          <col />
          <col style={{ width: '7.5rem' }} />
          <col style={{ width: '5.5rem' }} />
          <col style={{ width: '8.5rem' }} />
          <col style={{ width: '8.5rem' }} />
          <col style={{ width: '11rem' }} />
        </colgroup>
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
              <td className="num">{countText(c.total_sent)}</td>
              <RateCell rate={c.open_rate} part={c.total_opened} base={c.total_sent} verb="opened" />
              <RateCell rate={c.reply_rate} part={c.total_replied} base={c.total_sent} verb="replied" />
              <RateCell rate={c.bounce_rate} part={c.total_bounced} base={c.total_sent + c.total_bounced} verb="bounced">
                <BounceRate rate={c.bounce_rate} />
              </RateCell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

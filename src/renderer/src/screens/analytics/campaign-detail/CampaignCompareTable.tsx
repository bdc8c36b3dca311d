import type { AnalyticsCampaignsOutput, CampaignAnalytics } from '../../../../../shared/contract/analytics'
import { BounceRate } from '../format/BounceRate'
import { countText, fractionText } from '../format/rates'

/** The comparison chart's text alternative: each count and rate of the campaign beside the workspace average. */
export function CampaignCompareTable({ row, kpis }: { row: CampaignAnalytics; kpis: AnalyticsCampaignsOutput['workspace_kpis'] }) {
  return (
    <details className="chart-table">
      <summary>Show data table</summary>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">This campaign’s counts and rates beside the workspace averages</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">This campaign</th>
              <th scope="col" className="num">Rate</th>
              <th scope="col" className="num">Workspace average</th>
            </tr>
          </thead>
          <tbody>
            <tr><th scope="row">Sent</th><td className="num">{countText(row.total_sent)}</td><td className="num">–</td><td className="num">–</td></tr>
            <tr><th scope="row">Opened</th><td className="num">{countText(row.total_opened)}</td><td className="num">{fractionText(row.open_rate)}</td><td className="num">{fractionText(kpis.avg_open_rate)}</td></tr>
            <tr><th scope="row">Replied</th><td className="num">{countText(row.total_replied)}</td><td className="num">{fractionText(row.reply_rate)}</td><td className="num">{fractionText(kpis.avg_reply_rate)}</td></tr>
            <tr><th scope="row">Bounced</th><td className="num">{countText(row.total_bounced)}</td><td className="num"><BounceRate rate={row.bounce_rate} /></td><td className="num">{fractionText(kpis.avg_bounce_rate)}</td></tr>
          </tbody>
        </table>
      </div>
    </details>
  )
}

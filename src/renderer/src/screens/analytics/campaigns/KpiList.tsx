import type { AnalyticsCampaignsOutput } from '../../../../../shared/contract/analytics'
import { BounceRate } from '../format/BounceRate'
import { countText, fractionText } from '../format/rates'

/** The workspace KPIs: campaigns, emails sent, and the volume-weighted open, reply and bounce rates (fractions from the API). */
export function KpiList({ kpis }: { kpis: AnalyticsCampaignsOutput['workspace_kpis'] }) {
  return (
    <dl className="kpis" aria-label="Workspace totals">
      <div><dt>Campaigns</dt><dd>{countText(kpis.total_campaigns)}</dd></div>
      <div><dt>Emails sent</dt><dd>{countText(kpis.total_sends)}</dd></div>
      <div><dt>Open rate</dt><dd>{fractionText(kpis.avg_open_rate)}</dd></div>
      <div><dt>Reply rate</dt><dd>{fractionText(kpis.avg_reply_rate)}</dd></div>
      <div><dt>Bounce rate</dt><dd><BounceRate rate={kpis.avg_bounce_rate} /></dd></div>
    </dl>
  )
}

import { useMemo, useState } from 'react'
import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { UplotChart } from '../chart/UplotChart'
import { COMPARE_SERIES, compareData, compareOptions } from '../chart/compare-options'
import { BounceRate } from '../format/BounceRate'
import { fractionText, percentText } from '../format/rates'
import { AnalyticsDataAge } from '../offline/AnalyticsDataAge'
import { useAnalyticsQuery } from '../offline/use-analytics-query'
import '../analytics.css'
import { CampaignCompareTable } from './CampaignCompareTable'
import { comparedRates, variantSplit } from './campaign-compare'

/**
 * A campaign's analytics on its page, folded under a one-line summary: its rates against the
 * workspace average (chart and table), the detail's own percentages, and plainly what the API cannot give.
 */
export function CampaignAnalyticsSection({ campaign }: { campaign: CampaignDetail }) {
  const stats = useAnalyticsQuery('analytics.campaigns', {})
  const [open, setOpen] = useState(false)
  const row = stats.data?.campaigns.find((c) => c.campaign_id === campaign.campaign_id)
  const kpis = stats.data?.workspace_kpis
  const rates = useMemo(() => (row && kpis ? comparedRates(row, kpis) : []), [row, kpis])
  const data = useMemo(() => compareData(rates), [rates])
  const options = useMemo(() => compareOptions(rates.map((r) => r.label)), [rates])
  const variants = variantSplit(campaign.variants)
  const summary = rates.map((r) => `${r.label} ${fractionText(r.campaign)} (workspace ${fractionText(r.workspace)})`).join(', ')
  return (
    <details className="campaign-analytics" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="campaign-analytics__title">Analytics</span>{' '}
        {row ? (
          <span className="campaign-analytics__line">
            Open {fractionText(row.open_rate)} · Reply {fractionText(row.reply_rate)} · Bounce <BounceRate rate={row.bounce_rate} />
          </span>
        ) : stats.isPending ? 'Loading…' : stats.data ? 'Not in the analytics yet' : 'Not available'}
      </summary>
      {open && row && kpis ? (
        <div className="campaign-analytics__body">
          <figure className="compare-figure">
            <UplotChart options={options} data={data} height={220} label={`Bar chart: ${summary}.`} />
            <figcaption className="chart-summary">
              <span className="legend-swatch legend-swatch--campaign" aria-hidden="true" /> {COMPARE_SERIES[0].label}{' '}
              <span className="legend-swatch legend-swatch--workspace" aria-hidden="true" /> {COMPARE_SERIES[1].label}. {summary}.
            </figcaption>
          </figure>
          <CampaignCompareTable row={row} kpis={kpis} />
          <dl className="campaign-analytics__detail" aria-label="From the campaign detail">
            <div><dt>Completion (sent or bounced, of leads)</dt><dd>{percentText(campaign.completion_rate)}</dd></div>
            <div><dt>Delivered, of leads</dt><dd>{percentText(campaign.success_rate)}</dd></div>
            <div><dt>Replies per open</dt><dd>{percentText(campaign.open_to_reply_rate)}</dd></div>
          </dl>
          {variants.length > 0 ? (
            <p>
              Variants: {variants.map((v) => `${v.name}${v.percent === null ? '' : ` (${percentText(v.percent)} of leads)`}`).join(', ')}.
            </p>
          ) : null}
          <p className="field-hint">
            Not available from the API: daily activity for one campaign (its timeline covers the whole workspace) and results per variant (it reports counts per campaign only).
          </p>
        </div>
      ) : null}
      <AnalyticsDataAge query={stats} />
    </details>
  )
}

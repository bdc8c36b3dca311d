import type { AnalyticsParams } from '../analytics-params'
import { BOUNCE_THRESHOLDS } from '../format/bounce-level'
import { fractionText } from '../format/rates'
import { AnalyticsDataAge } from '../offline/AnalyticsDataAge'
import { useAnalyticsQuery } from '../offline/use-analytics-query'
import { CampaignTable } from './CampaignTable'

/** Props: the dashboard state (the table's order) and how to change it. */
export interface CampaignsSectionProps {
  state: AnalyticsParams
  update: (patch: Partial<AnalyticsParams>) => void
}

/** The per-campaign table (all campaigns, all time: the API filters campaigns by launch date, not by activity). */
export function CampaignsSection({ state, update }: CampaignsSectionProps) {
  const stats = useAnalyticsQuery('analytics.campaigns', {})
  const rows = stats.data?.campaigns ?? []
  return (
    <section className="analytics-section" aria-labelledby="campaigns-heading">
      <h2 id="campaigns-heading">Campaigns</h2>
      <p className="field-hint">
        Bounce rates from {fractionText(BOUNCE_THRESHOLDS.warning)} are flagged “Warning”, from {fractionText(BOUNCE_THRESHOLDS.danger)} “Danger”.
      </p>
      {stats.data && rows.length === 0 ? <p className="empty-state__title">No campaigns yet</p> : null}
      {rows.length > 0 ? <CampaignTable rows={rows} sort={state.sort} dir={state.dir} onSort={(order) => update(order)} /> : null}
      <AnalyticsDataAge query={stats} />
    </section>
  )
}

import { QueryStates } from '../../../query/QueryStates'
import { AnalyticsDataAge } from '../offline/AnalyticsDataAge'
import { useAnalyticsQuery } from '../offline/use-analytics-query'
import { KpiList } from './KpiList'

/** The workspace totals at the top of the dashboard (the same cached read as the campaign table below). */
export function KpiSection() {
  const stats = useAnalyticsQuery('analytics.campaigns', {})
  return (
    <section className="analytics-section" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">Workspace totals</h2>
      <p className="field-hint">All campaigns, all time. Open and reply rates are per email sent; the bounce rate is per delivery attempted.</p>
      <QueryStates query={stats} loading="Loading analytics…" />
      {stats.data ? <KpiList kpis={stats.data.workspace_kpis} /> : null}
      <AnalyticsDataAge query={stats} />
    </section>
  )
}

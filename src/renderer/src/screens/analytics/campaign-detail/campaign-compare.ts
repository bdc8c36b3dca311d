import type { CampaignAnalytics, AnalyticsCampaignsOutput } from '../../../../../shared/contract/analytics'
import type { ComparedRate } from '../chart/compare-options'

/** The campaign's open, reply and bounce rates beside the workspace's averages (all fractions 0–1, as A1 serves them). */
export function comparedRates(row: CampaignAnalytics, kpis: AnalyticsCampaignsOutput['workspace_kpis']): ComparedRate[] {
  const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null)
  return [
    { label: 'Open rate', campaign: n(row.open_rate), workspace: n(kpis.avg_open_rate) },
    { label: 'Reply rate', campaign: n(row.reply_rate), workspace: n(kpis.avg_reply_rate) },
    { label: 'Bounce rate', campaign: n(row.bounce_rate), workspace: n(kpis.avg_bounce_rate) }
  ]
}

/** A variant as the campaign detail lists it: its name and share of leads (the API reports no results per variant). */
export function variantSplit(variants: ReadonlyArray<{ variant_name?: string | null; variant_label?: string | null; distribution_percent?: number | null }> | null | undefined) {
  return (variants ?? []).map((v, i) => ({
    name: v.variant_label || v.variant_name || `Variant ${i + 1}`,
    percent: typeof v.distribution_percent === 'number' ? v.distribution_percent : null
  }))
}

import { z } from 'zod'
import { count, optionalNumber, stamp } from './common'

/** A `YYYY-MM-DD` date query parameter (the documented wire format). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.')

/** analytics.campaigns input: status filter and a launch-date range, all optional. */
export const AnalyticsCampaignsInputSchema = z.strictObject({
  status: z.string().max(50).optional(),
  from_date: day.optional(),
  to_date: day.optional()
})
export type AnalyticsCampaignsInput = z.infer<typeof AnalyticsCampaignsInputSchema>

/** analytics.timeline input: defaults are 90 days ago → today on the server. */
export const AnalyticsTimelineInputSchema = z.strictObject({ from_date: day.optional(), to_date: day.optional() })
export type AnalyticsTimelineInput = z.infer<typeof AnalyticsTimelineInputSchema>

/** Workspace KPIs; rates are fractions 0–1. */
export const WorkspaceKpisSchema = z.looseObject({
  total_campaigns: count,
  total_sends: count,
  avg_open_rate: optionalNumber,
  avg_reply_rate: optionalNumber,
  avg_bounce_rate: optionalNumber
})

/** One campaign's analytics row (documented example); rates are fractions 0–1. */
export const CampaignAnalyticsSchema = z.looseObject({
  campaign_id: z.string(),
  campaign_name: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
  total_leads: count,
  total_sent: count,
  total_opened: count,
  total_replied: count,
  total_bounced: count,
  open_rate: optionalNumber,
  reply_rate: optionalNumber,
  bounce_rate: optionalNumber,
  created_at: stamp
})
export type CampaignAnalytics = z.infer<typeof CampaignAnalyticsSchema>

/** analytics.campaigns output. */
export const AnalyticsCampaignsOutputSchema = z.looseObject({
  workspace_kpis: WorkspaceKpisSchema,
  campaigns: z.array(CampaignAnalyticsSchema)
})
export type AnalyticsCampaignsOutput = z.infer<typeof AnalyticsCampaignsOutputSchema>

/** One day of the activity timeline. */
export const TimelineDaySchema = z.looseObject({
  date: z.string(),
  sent: count,
  opened: count,
  replied: count,
  bounced: count,
  open_rate: optionalNumber,
  reply_rate: optionalNumber,
  bounce_rate: optionalNumber
})
export type TimelineDay = z.infer<typeof TimelineDaySchema>

/** analytics.timeline output: a contiguous daily series. */
export const AnalyticsTimelineOutputSchema = z.looseObject({
  from_date: z.string().nullable().optional(),
  to_date: z.string().nullable().optional(),
  timeline: z.array(TimelineDaySchema)
})
export type AnalyticsTimelineOutput = z.infer<typeof AnalyticsTimelineOutputSchema>

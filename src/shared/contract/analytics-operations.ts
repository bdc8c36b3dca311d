import {
  AnalyticsCampaignsInputSchema,
  AnalyticsCampaignsOutputSchema,
  AnalyticsTimelineInputSchema,
  AnalyticsTimelineOutputSchema
} from './analytics'
import { op } from './operation-spec'

/** Analytics rows of the contract (A1, A2); both need `campaigns:read` and back a screen a person opened. */
export const analyticsOperations = {
  'analytics.campaigns': op({
    input: AnalyticsCampaignsInputSchema,
    output: AnalyticsCampaignsOutputSchema,
    api: { method: 'GET', path: '/analytics/campaigns', scope: 'campaigns:read' },
    interactive: true
  }),
  'analytics.timeline': op({
    input: AnalyticsTimelineInputSchema,
    output: AnalyticsTimelineOutputSchema,
    api: { method: 'GET', path: '/analytics/campaigns/timeline', scope: 'campaigns:read' },
    interactive: true
  })
} as const

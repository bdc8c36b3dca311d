/** The cached reads a change to a campaign makes stale: lists, its detail, and the analytics built from them. */
export const CAMPAIGN_READS = ['campaigns.list', 'campaigns.get', 'analytics.campaigns'] as const

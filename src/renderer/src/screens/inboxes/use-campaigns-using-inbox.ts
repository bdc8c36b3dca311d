import type { CampaignDetail } from '../../../../shared/contract/campaigns'
import { useCampaignDetailsWithInbox, useNewestCampaigns } from './campaign-details-with-inbox'

/** How many campaign details one inbox page may read to find its campaigns (each is one request). */
export const CAMPAIGN_SCAN_LIMIT = 25

/** The campaigns found sending from an inbox, and how complete the search was. */
export interface CampaignsUsingInbox {
  campaigns: CampaignDetail[]
  loading: boolean
  /** Campaigns not looked at (beyond the scan limit); the list may miss some when > 0. */
  unchecked: number
}

/**
 * The API has no "campaigns of this inbox" endpoint: the newest campaigns that can still send
 * (not COMPLETED or FAILED) are read, up to a limit, through the shared cache (so the campaign
 * pages reuse them), and those that list the inbox are returned.
 */
export function useCampaignsUsingInbox(inboxId: string): CampaignsUsingInbox {
  const list = useNewestCampaigns()
  const live = (list.data?.campaigns ?? []).filter((c) => c.status !== 'COMPLETED' && c.status !== 'FAILED')
  const scanned = live.slice(0, CAMPAIGN_SCAN_LIMIT)
  const { details, campaigns } = useCampaignDetailsWithInbox(inboxId, scanned, false)
  return { campaigns, loading: list.isPending || details.some((d) => d.isPending), unchecked: live.length - scanned.length + Math.max(0, (list.data?.pagination.total ?? 0) - (list.data?.campaigns.length ?? 0)) }
}

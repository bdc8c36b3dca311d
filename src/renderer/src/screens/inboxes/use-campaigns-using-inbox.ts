import { useQueries } from '@tanstack/react-query'
import type { CampaignDetail } from '../../../../shared/contract/campaigns'
import { useFacade } from '../../bridge/facade-context'
import { callOperation } from '../../query/call-operation'
import { apiQueryKey } from '../../query/query-keys'
import { useApiQuery } from '../../query/use-api-query'
import { useProfilesStore } from '../../stores/profiles-store'

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
  const facade = useFacade()
  const profileId = useProfilesStore((s) => s.activeId) ?? ''
  const list = useApiQuery('campaigns.list', { page: 1, limit: 100, sort_by: 'created_at', sort_order: 'desc' }, { refresh: false })
  const live = (list.data?.campaigns ?? []).filter((c) => c.status !== 'COMPLETED' && c.status !== 'FAILED')
  const scanned = live.slice(0, CAMPAIGN_SCAN_LIMIT)
  const details = useQueries({
    queries: scanned.map((c) => {
      const input = { campaign_id: c.campaign_id }
      return { queryKey: apiQueryKey(profileId, 'campaigns.get', input), queryFn: () => callOperation(facade, 'campaigns.get', input, { priority: 'background' }) }
    })
  })
  const campaigns = details.flatMap((d) => (d.data && d.data.inboxes?.some((i) => i.inbox_id === inboxId) ? [d.data] : []))
  return { campaigns, loading: list.isPending || details.some((d) => d.isPending), unchecked: live.length - scanned.length + Math.max(0, (list.data?.pagination.total ?? 0) - (list.data?.campaigns.length ?? 0)) }
}

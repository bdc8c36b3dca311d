import { useQueries } from '@tanstack/react-query'
import type { CampaignDetail } from '../../../../shared/contract/campaigns'
import { useFacade } from '../../bridge/facade-context'
import { callOperation } from '../../query/call-operation'
import { apiQueryKey } from '../../query/query-keys'
import { useApiQuery } from '../../query/use-api-query'
import { useProfilesStore } from '../../stores/profiles-store'

/** The page of campaigns both inbox scans start from: the newest 100 (the API has no "campaigns of this inbox"). */
export function useNewestCampaigns() {
  return useApiQuery('campaigns.list', { page: 1, limit: 100, sort_by: 'created_at', sort_order: 'desc' }, { refresh: false })
}

/**
 * Reads the details of `candidates` through the shared cache and keeps the campaigns whose inboxes
 * include `inboxId`. `fresh` reads them again now at interactive priority (a flow is planned from
 * them); otherwise cached details serve, refreshed in the background.
 */
export function useCampaignDetailsWithInbox(inboxId: string, candidates: readonly { campaign_id: string }[], fresh: boolean) {
  const facade = useFacade()
  const profileId = useProfilesStore((s) => s.activeId) ?? ''
  const details = useQueries({
    queries: candidates.map((c) => {
      const input = { campaign_id: c.campaign_id }
      const queryFn = () => callOperation(facade, 'campaigns.get', input, fresh ? undefined : { priority: 'background' })
      return { queryKey: apiQueryKey(profileId, 'campaigns.get', input), queryFn, ...(fresh ? { staleTime: 0 } : {}) }
    })
  })
  const campaigns: CampaignDetail[] = details.flatMap((d) => (d.data && d.data.inboxes?.some((i) => i.inbox_id === inboxId) ? [d.data] : []))
  return { details, campaigns }
}

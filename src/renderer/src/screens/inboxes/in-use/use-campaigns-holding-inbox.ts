import { useQueries } from '@tanstack/react-query'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { useFacade } from '../../../bridge/facade-context'
import { callOperation } from '../../../query/call-operation'
import { apiQueryKey } from '../../../query/query-keys'
import { useApiQuery } from '../../../query/use-api-query'
import { useProfilesStore } from '../../../stores/profiles-store'

/** How many campaign details the dialog reads when the refusal named no campaigns (each is one request). */
export const HOLDING_SCAN_LIMIT = 50

/** The campaigns that hold the inbox (any status, finished ones too: they block the delete as well). */
export interface CampaignsHoldingInbox {
  campaigns: CampaignDetail[]
  /** Names the refusal gave that the console could not match to a campaign holding the inbox. */
  unmatched: string[]
  loading: boolean
  error: AppError | null
  /** Reads the list and the details again (after a failure, or before a second try). */
  refetch: () => Promise<unknown>
}

const LIST_INPUT = { page: 1, limit: 100, sort_by: 'created_at', sort_order: 'desc' } as const

/**
 * The refusal names the campaigns, not their ids: the campaign list is read, the rows with those names
 * (every row, up to a limit, when no names came) are read in detail, and the ones whose inboxes include
 * this inbox are returned. Details always come fresh (staleTime 0): the flow is planned from them.
 */
export function useCampaignsHoldingInbox(inboxId: string, names: readonly string[] | undefined): CampaignsHoldingInbox {
  const facade = useFacade()
  const profileId = useProfilesStore((s) => s.activeId) ?? ''
  const list = useApiQuery('campaigns.list', LIST_INPUT, { refresh: false })
  const rows = list.data?.campaigns ?? []
  const candidates = names && names.length > 0 ? rows.filter((c) => names.includes(c.name)) : rows.slice(0, HOLDING_SCAN_LIMIT)
  const details = useQueries({
    queries: candidates.map((c) => {
      const input = { campaign_id: c.campaign_id }
      return { queryKey: apiQueryKey(profileId, 'campaigns.get', input), queryFn: () => callOperation(facade, 'campaigns.get', input), staleTime: 0 }
    })
  })
  const campaigns = details.flatMap((d) => (d.data && d.data.inboxes?.some((i) => i.inbox_id === inboxId) ? [d.data] : []))
  const loading = list.isPending || details.some((d) => d.isPending)
  const error = list.error ?? details.find((d) => d.error)?.error ?? null
  const unmatched = loading ? [] : (names ?? []).filter((n) => !campaigns.some((c) => c.name === n))
  const refetch = () => Promise.all([list.refetch(), ...details.map((d) => d.refetch())])
  return { campaigns, unmatched, loading, error: error as AppError | null, refetch }
}

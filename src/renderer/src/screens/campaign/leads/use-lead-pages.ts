import type { Lead, LeadListInput, LeadListOutput } from '../../../../../shared/contract/leads'
import { useFacade } from '../../../bridge/facade-context'
import { callOperation } from '../../../query/call-operation'
import { BACKGROUND_REFRESH_MS } from '../../../query/query-client'
import { apiQueryKey } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import { usePagedRows, type PagedList } from '../../../lists/use-paged-rows'

/** The most leads one `leads.list` call returns (the API's `limit` maximum): the list fetches whole pages of this size. */
export const LEAD_PAGE_SIZE = 100

/** How long a fetched page counts as fresh: scrolling back to it within this costs no request. */
const PAGE_FRESH_MS = 5 * 60_000

/** Which leads the list shows: the campaign and its filters (already debounced). */
export interface LeadListFilter {
  campaignId: string
  status: string
  search: string
}

/** What the lead list gets from its page cache (total: from the newest page read). */
export type LeadPages = PagedList<LeadListOutput, Lead>

/** The `leads.list` input of one page under a filter (empty filters are left out, as the API reads them). */
export function leadPageInput(filter: LeadListFilter, page: number): LeadListInput {
  return {
    campaign_id: filter.campaignId,
    page,
    limit: LEAD_PAGE_SIZE,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.search.trim() ? { search: filter.search.trim() } : {})
  }
}

/**
 * The lead list's page cache: observes (and so fetches) only page 1 plus the pages `wanted` names,
 * and shows any other page already in the cache without asking for it again. Pages live in the
 * shared query cache under the `leads.list` key, so a lead mutation's invalidation refreshes them.
 */
export function useLeadPages(filter: LeadListFilter, wanted: readonly number[], visible: readonly number[]): LeadPages {
  const facade = useFacade()
  const profileId = useProfilesStore((s) => s.activeId)
  const pages = usePagedRows<LeadListOutput, Lead>(
    {
      pageSize: LEAD_PAGE_SIZE,
      keyOf: (page) => apiQueryKey(profileId ?? '', 'leads.list', leadPageInput(filter, page)),
      fetchPage: (page, shown) => callOperation(facade, 'leads.list', leadPageInput(filter, page), shown ? { priority: 'background' } : undefined),
      rowsOf: (page) => page.leads,
      options: (page) => ({
        enabled: profileId !== null,
        staleTime: PAGE_FRESH_MS,
        refetchInterval: page === 1 ? BACKGROUND_REFRESH_MS : false,
        refetchIntervalInBackground: false
      })
    },
    wanted,
    visible
  )
  // The total from the newest answer that carries pagination (rows come and go while scrolling).
  const newest = pages.observed.filter((r) => r.data?.pagination).sort((a, b) => b.dataUpdatedAt - a.dataUpdatedAt)[0]
  const { observed: _observed, ...rest } = pages
  return { ...rest, total: newest?.data?.pagination?.total ?? pages.first.data?.leads.length }
}

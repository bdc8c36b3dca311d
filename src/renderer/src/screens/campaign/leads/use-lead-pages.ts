import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { Lead, LeadListInput, LeadListOutput } from '../../../../../shared/contract/leads'
import { useFacade } from '../../../bridge/facade-context'
import { callOperation } from '../../../query/call-operation'
import { BACKGROUND_REFRESH_MS } from '../../../query/query-client'
import { apiQueryKey } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import { locateRow, pagesToObserve } from '../../../lists/page-plan'

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

/** What the list needs from the page cache. */
export interface LeadPages {
  /** Page 1: its first load, error and emptiness drive the list's loading / error / empty states. */
  first: UseQueryResult<LeadListOutput, AppError>
  /** Rows matching the filter, from the newest page read; undefined before the first answer. */
  total: number | undefined
  /** The lead at a 0-based row index, or undefined while its page is not loaded. */
  rowAt(index: number): Lead | undefined
  /** A later page that failed to load, with a way to ask again. */
  failed: { error: AppError; retry: () => void } | null
  /** Any page read in flight (for aria-busy). */
  fetching: boolean
}

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
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId)
  const keyOf = (page: number) => apiQueryKey(profileId ?? '', 'leads.list', leadPageInput(filter, page))
  const cachedVisible = visible.filter((page) => client.getQueryData(keyOf(page)) !== undefined)
  const pages = pagesToObserve([...wanted, ...cachedVisible])
  const results = useQueries({
    queries: pages.map((page) => {
      const input = leadPageInput(filter, page)
      const queryKey = keyOf(page)
      return {
        queryKey,
        queryFn: () => {
          const shown = client.getQueryState(queryKey)?.data !== undefined
          return callOperation(facade, 'leads.list', input, shown ? { priority: 'background' } : undefined)
        },
        enabled: profileId !== null,
        staleTime: PAGE_FRESH_MS,
        refetchInterval: page === 1 ? BACKGROUND_REFRESH_MS : (false as const),
        refetchIntervalInBackground: false
      }
    })
  })
  const byPage = new Map(pages.map((page, i) => [page, results[i]!]))
  const first = byPage.get(1)!
  const newest = results.filter((r) => r.data?.pagination).sort((a, b) => b.dataUpdatedAt - a.dataUpdatedAt)[0]
  const total = newest?.data?.pagination?.total ?? first.data?.leads.length
  const broken = pages.find((page) => page !== 1 && byPage.get(page)!.isError && byPage.get(page)!.data === undefined)
  const brokenResult = broken === undefined ? undefined : byPage.get(broken)
  return {
    first,
    total,
    rowAt(index) {
      const { page, offset } = locateRow(index, LEAD_PAGE_SIZE)
      const data = byPage.get(page)?.data ?? client.getQueryData<LeadListOutput>(keyOf(page))
      return data?.leads[offset]
    },
    failed: brokenResult?.error ? { error: brokenResult.error, retry: () => void brokenResult.refetch() } : null,
    fetching: results.some((r) => r.isFetching)
  }
}

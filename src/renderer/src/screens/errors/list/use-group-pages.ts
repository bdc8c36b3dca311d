import { useInfiniteQuery } from '@tanstack/react-query'
import type { ErrorLogFilter, ErrorLogGroup, ErrorLogGroups } from '../../../../../shared/contract/error-log'
import { useFacade } from '../../../bridge/facade-context'
import { callOperation } from '../../../query/call-operation'
import { apiQueryKey } from '../../../query/query-keys'
import { pagedState, type PagedState } from './paged-state'

/** Groups asked per page (the contract's maximum): most logs fit in one. */
export const GROUP_PAGE = 500
/** Sparkline slices per group. */
export const SPARK_BUCKETS = 24

/** What the list needs from the grouped read: the rows so far, the first page's totals, and how to load more. */
export interface GroupPages extends PagedState {
  groups: ErrorLogGroup[]
  /** The first page (totals, kinds, range, skipped lines); undefined until it arrives. */
  summary: ErrorLogGroups | undefined
}

/**
 * The issue rows for a filter, read from the console's local log (`errorLog.groups`, keyed as a local
 * read so it works with no profile and never reaches the API), 500 groups a page; nothing refreshes
 * by itself. Keyed under the `errorLog.groups` prefix, so whatever invalidates that op refreshes this.
 */
export function useGroupPages(filter: ErrorLogFilter, limit: number = GROUP_PAGE): GroupPages {
  const facade = useFacade()
  const query = useInfiniteQuery({
    queryKey: apiQueryKey('local', 'errorLog.groups', { pages: filter, limit }),
    queryFn: ({ pageParam }) => callOperation(facade, 'errorLog.groups', { ...filter, limit, offset: pageParam, buckets: SPARK_BUCKETS }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.groups.length, 0)
      return last.groups.length > 0 && loaded < last.totalGroups ? loaded : undefined
    },
    placeholderData: (previous) => previous,
    refetchInterval: false
  })
  const pages = query.data?.pages ?? []
  return {
    groups: pages.flatMap((p) => p.groups),
    summary: pages[0],
    ...pagedState(query)
  }
}

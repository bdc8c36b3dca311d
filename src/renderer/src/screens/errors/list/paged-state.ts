import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../../../shared/contract/app-error'

/** The paging state and controls every local paged read of the list hands its view. */
export interface PagedState {
  pending: boolean
  fetching: boolean
  error: AppError | null
  hasMore: boolean
  loadMore: () => void
  retry: () => void
}

/** Reads that state off an infinite query, one way for the groups and for a group's records. */
export function pagedState(query: UseInfiniteQueryResult<unknown, AppError>): PagedState {
  return {
    pending: query.isPending,
    fetching: query.isFetching,
    error: query.error,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch()
  }
}

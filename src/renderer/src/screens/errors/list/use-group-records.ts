import { useInfiniteQuery } from '@tanstack/react-query'
import type { ErrorLogFilter, ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { useFacade } from '../../../bridge/facade-context'
import { callOperation } from '../../../query/call-operation'
import { apiQueryKey } from '../../../query/query-keys'
import { pagedState, type PagedState } from './paged-state'

/** Records asked per "Show more". */
export const RECORD_PAGE = 50

/** One expanded group's records so far (newest first), and how to read the next, older page. */
export interface GroupRecords extends PagedState {
  records: ErrorLogRecord[]
  total: number | undefined
}

/** The records of one group under the list's filters (`errorLog.query` with its fingerprint), paged by cursor; local, never the API. */
export function useGroupRecords(filter: ErrorLogFilter, fingerprint: string): GroupRecords {
  const facade = useFacade()
  const input = { ...filter, fingerprint, limit: RECORD_PAGE }
  const query = useInfiniteQuery({
    queryKey: apiQueryKey('local', 'errorLog.query', { pages: input }),
    queryFn: ({ pageParam }) => callOperation(facade, 'errorLog.query', pageParam ? { ...input, cursor: pageParam } : input),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: false
  })
  const pages = query.data?.pages ?? []
  return {
    records: pages.flatMap((p) => p.records),
    total: pages[0]?.total,
    ...pagedState(query)
  }
}

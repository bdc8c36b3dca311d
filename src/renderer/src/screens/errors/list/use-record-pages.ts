import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { ErrorLogFilter, ErrorLogPage, ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { useFacade } from '../../../bridge/facade-context'
import { locateRow, pagesToObserve } from '../../../lists/page-plan'
import { callOperation } from '../../../query/call-operation'
import { apiQueryKey } from '../../../query/query-keys'

/** Records per `errorLog.query` page of the flat list (within the contract's 500). */
export const RECORD_GRID_PAGE = 200

/** What the flat list needs from its page cache. */
export interface RecordPages {
  /** Page 1: its first load and error drive the list's loading / error states, and it carries the total. */
  first: UseQueryResult<ErrorLogPage, AppError>
  total: number | undefined
  /** The record at a 0-based row (newest first), or undefined while its page is not loaded. */
  rowAt(index: number): ErrorLogRecord | undefined
  /** A later page that failed to load, with a way to ask again. */
  failed: { error: AppError; retry: () => void } | null
  fetching: boolean
}

/** The `errorLog.query` input of one page of the flat list. */
export function recordPageInput(filter: ErrorLogFilter, page: number) {
  return { ...filter, limit: RECORD_GRID_PAGE, offset: (page - 1) * RECORD_GRID_PAGE }
}

/**
 * Every matching record, newest first, as offset pages of the local log: only page 1 and the pages
 * `wanted` names are read (a page already cached and on screen is shown without asking again). Keyed
 * under `errorLog.query`, so Refresh, an import or a clear invalidates them with the rest.
 */
export function useRecordPages(filter: ErrorLogFilter, wanted: readonly number[], visible: readonly number[]): RecordPages {
  const facade = useFacade()
  const client = useQueryClient()
  const keyOf = (page: number) => apiQueryKey('local', 'errorLog.query', recordPageInput(filter, page))
  const pages = pagesToObserve([...wanted, ...visible.filter((page) => client.getQueryData(keyOf(page)) !== undefined)])
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: keyOf(page),
      queryFn: () => callOperation(facade, 'errorLog.query', recordPageInput(filter, page)),
      refetchInterval: false as const
    }))
  })
  const byPage = new Map(pages.map((page, i) => [page, results[i]!]))
  const first = byPage.get(1)!
  const broken = results.find((r, i) => pages[i] !== 1 && r.isError && r.data === undefined)
  return {
    first,
    total: first.data?.total,
    rowAt(index) {
      const { page, offset } = locateRow(index, RECORD_GRID_PAGE)
      return (byPage.get(page)?.data ?? client.getQueryData<ErrorLogPage>(keyOf(page)))?.records[offset]
    },
    failed: broken?.error ? { error: broken.error, retry: () => void broken.refetch() } : null,
    fetching: results.some((r) => r.isFetching)
  }
}

import type { ErrorLogFilter, ErrorLogPage, ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { useFacade } from '../../../bridge/facade-context'
import { usePagedRows, type PagedList } from '../../../lists/use-paged-rows'
import { callOperation } from '../../../query/call-operation'
import { apiQueryKey } from '../../../query/query-keys'

/** Records per `errorLog.query` page of the flat list (within the contract's 500). */
export const RECORD_GRID_PAGE = 200

/** What the flat list gets from its page cache (total: from page 1). */
export type RecordPages = PagedList<ErrorLogPage, ErrorLogRecord>

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
  const { observed: _observed, ...pages } = usePagedRows<ErrorLogPage, ErrorLogRecord>(
    {
      pageSize: RECORD_GRID_PAGE,
      keyOf: (page) => apiQueryKey('local', 'errorLog.query', recordPageInput(filter, page)),
      fetchPage: (page) => callOperation(facade, 'errorLog.query', recordPageInput(filter, page)),
      rowsOf: (page) => page.records
    },
    wanted,
    visible
  )
  return { ...pages, total: pages.first.data?.total }
}

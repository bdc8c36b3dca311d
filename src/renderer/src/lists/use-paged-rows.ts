import { useQueries, useQueryClient, type QueryKey, type UseQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../shared/contract/app-error'
import { locateRow, pagesToObserve } from './page-plan'

/** How one list reads its pages: their size, cache key, fetch, rows, and any per-page query options. */
export interface PagedRowsSpec<Page, Row> {
  pageSize: number
  keyOf: (page: number) => QueryKey
  /** Fetches one page; `shown` is true when the page is on screen already (a refresh, not a first read). */
  fetchPage: (page: number, shown: boolean) => Promise<Page>
  rowsOf: (page: Page) => readonly Row[]
  /** Extra query options per page (enabled, staleTime, refetchInterval …). */
  options?: (page: number) => { enabled?: boolean; staleTime?: number; refetchInterval?: number | false; refetchIntervalInBackground?: boolean }
}

/** A virtual list's page cache: page 1 (totals, empty state), every page observed, a row reader, a failed later page, and whether anything is in flight. */
export interface PagedRows<Page, Row> {
  first: UseQueryResult<Page, AppError>
  observed: UseQueryResult<Page, AppError>[]
  /** The row at a 0-based index, or undefined while its page is not loaded. */
  rowAt: (index: number) => Row | undefined
  failed: { error: AppError; retry: () => void } | null
  fetching: boolean
}

/** What a list screen gets from its page cache: PagedRows plus the number of rows matching its filter. */
export type PagedList<Page, Row> = Omit<PagedRows<Page, Row>, 'observed'> & {
  /** Rows matching the filter; undefined before the first answer. */
  total: number | undefined
}

/**
 * Observes (and so fetches) only page 1 plus the pages `wanted` names, and shows any page on screen
 * that is already cached without asking for it again — so dragging across 100,000 rows reads only
 * where the viewport stops. Pages live in the shared query cache under the list's own keys.
 */
export function usePagedRows<Page, Row>(spec: PagedRowsSpec<Page, Row>, wanted: readonly number[], visible: readonly number[]): PagedRows<Page, Row> {
  const client = useQueryClient()
  const pages = pagesToObserve([...wanted, ...visible.filter((page) => client.getQueryData(spec.keyOf(page)) !== undefined)])
  const observed = useQueries({
    queries: pages.map((page) => {
      const queryKey = spec.keyOf(page)
      return { queryKey, queryFn: () => spec.fetchPage(page, client.getQueryState(queryKey)?.data !== undefined), refetchInterval: false as const, ...spec.options?.(page) }
    })
  }) as UseQueryResult<Page, AppError>[]
  const byPage = new Map(pages.map((page, i) => [page, observed[i]!]))
  const broken = observed.find((r, i) => pages[i] !== 1 && r.isError && r.data === undefined)
  return {
    first: byPage.get(1)!,
    observed,
    rowAt(index) {
      const { page, offset } = locateRow(index, spec.pageSize)
      const data = byPage.get(page)?.data ?? client.getQueryData<Page>(spec.keyOf(page))
      return data === undefined ? undefined : spec.rowsOf(data)[offset]
    },
    failed: broken?.error ? { error: broken.error, retry: () => void broken.refetch() } : null,
    fetching: observed.some((r) => r.isFetching)
  }
}

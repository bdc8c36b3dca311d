/** Rows per fetched page when a list does not say (the ColdSend API's `limit` maximum). */
export const DEFAULT_PAGE_ROWS = 100

/** Where a row sits in the paged API: its 1-based page and its position in that page. */
export interface RowLocation {
  page: number
  offset: number
}

/** The page and in-page position of the row at 0-based `index`. */
export function locateRow(index: number, pageSize = DEFAULT_PAGE_ROWS): RowLocation {
  return { page: Math.floor(index / pageSize) + 1, offset: index % pageSize }
}

/** What the viewport shows: the first and last row index on screen (inclusive, 0-based) and how many rows exist. */
export interface VisibleRange {
  first: number
  last: number
  total: number
}

/**
 * The pages to fetch for what is on screen: those holding rows `first − overscan … last + overscan`,
 * clamped to the rows that exist, in ascending order. Only these are asked for, so dragging the
 * scrollbar across 20,000 rows fetches the page(s) where it stops, never the 200 in between.
 */
export function pagesForRange({ first, last, total }: VisibleRange, overscan = 10, pageSize = DEFAULT_PAGE_ROWS): number[] {
  if (total <= 0 || last < first) return []
  const from = Math.max(0, Math.min(first, total - 1) - overscan)
  const to = Math.min(total - 1, Math.max(last, 0) + overscan)
  if (to < from) return []
  const pages: number[] = []
  for (let page = locateRow(from, pageSize).page; page <= locateRow(to, pageSize).page; page++) pages.push(page)
  return pages
}

/** The pages to observe: always page 1 (it carries the total and the empty state), then the wanted ones, no repeats. */
export function pagesToObserve(wanted: readonly number[]): number[] {
  return [...new Set([1, ...wanted])].sort((a, b) => a - b)
}

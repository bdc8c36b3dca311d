import { useCallback, useState } from 'react'
import { useDebouncedValue } from '../query/use-debounced-value'
import { pagesForRange, type VisibleRange } from './page-plan'

/** Rows beyond the viewport whose pages are fetched ahead, so a short scroll finds them loaded. */
const OVERSCAN_ROWS = 20
/** How long the viewport must rest before its pages are fetched: a fast scroll asks only where it stops. */
const SETTLE_MS = 150

/** What a virtual list's page cache is told: pages to fetch (settled) and pages on screen now (shown if cached). */
export interface PagedRange {
  wanted: number[]
  visible: number[]
  onRangeChange: (range: VisibleRange) => void
}

const parsePages = (key: string) => (key === '' ? [] : key.split(',').map(Number))

/**
 * Follows a VirtualGrid's viewport and turns it into page numbers: `visible` at once, `wanted` (with
 * some rows ahead) only after scrolling rests, so dragging across 100,000 rows asks only where it stops.
 */
export function usePagedRange(pageSize: number): PagedRange {
  const [range, setRange] = useState<VisibleRange>({ first: 0, last: 0, total: 0 })
  const onRangeChange = useCallback((next: VisibleRange) => setRange(next), [])
  // Joined to a string so the debounce compares values, not fresh arrays.
  const wantedKey = useDebouncedValue(pagesForRange(range, OVERSCAN_ROWS, pageSize).join(','), SETTLE_MS)
  return { wanted: parsePages(wantedKey), visible: pagesForRange(range, 0, pageSize), onRangeChange }
}

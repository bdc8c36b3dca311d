// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { nextRowForKey } from '../../src/renderer/src/lists/grid-keys'
import { DEFAULT_PAGE_ROWS as LEAD_PAGE_SIZE, locateRow, pagesForRange, pagesToObserve } from '../../src/renderer/src/lists/page-plan'

describe('lead list page planning', () => {
  it('fetches whole pages of the API maximum (100 leads)', () => {
    expect(LEAD_PAGE_SIZE).toBe(100)
    expect(locateRow(0)).toEqual({ page: 1, offset: 0 })
    expect(locateRow(99)).toEqual({ page: 1, offset: 99 })
    expect(locateRow(100)).toEqual({ page: 2, offset: 0 })
    expect(locateRow(19_999)).toEqual({ page: 200, offset: 99 })
  })

  it('asks only for the pages under the viewport plus the overscan, clamped to the rows that exist', () => {
    expect(pagesForRange({ first: 0, last: 11, total: 20_000 }, 10)).toEqual([1])
    expect(pagesForRange({ first: 95, last: 106, total: 20_000 }, 0)).toEqual([1, 2])
    expect(pagesForRange({ first: 120, last: 131, total: 20_000 }, 25)).toEqual([1, 2])
    expect(pagesForRange({ first: 120, last: 131, total: 20_000 }, 10)).toEqual([2])
    expect(pagesForRange({ first: 19_988, last: 19_999, total: 20_000 }, 10)).toEqual([200])
    // A range reported before the total shrank (filter applied) never asks for pages past the end.
    expect(pagesForRange({ first: 5_000, last: 5_011, total: 250 }, 10)).toEqual([3])
  })

  it('asks for nothing when there is nothing to show', () => {
    expect(pagesForRange({ first: 0, last: -1, total: 20_000 })).toEqual([])
    expect(pagesForRange({ first: 0, last: 10, total: 0 })).toEqual([])
  })

  it('always observes page 1 (the total and the empty state), once, in order', () => {
    expect(pagesToObserve([])).toEqual([1])
    expect(pagesToObserve([200, 199, 1, 200])).toEqual([1, 199, 200])
  })

  it('dragging from the top of 20,000 leads to the bottom needs 2 pages, not 200', () => {
    const total = 20_000
    const settled = [
      { first: 0, last: 11 }, // opened
      { first: 19_988, last: 19_999 } // where the drag stopped (the debounce skips everything in between)
    ]
    const fetched = new Set(settled.flatMap((r) => pagesToObserve(pagesForRange({ ...r, total }, 20))))
    expect([...fetched].sort((a, b) => a - b)).toEqual([1, 200])
  })
})

describe('lead list keyboard', () => {
  it('moves the highlight by one, by a screenful, and to either end, never past them', () => {
    expect(nextRowForKey('ArrowDown', 0, 500, 10)).toBe(1)
    expect(nextRowForKey('ArrowUp', 0, 500, 10)).toBe(0)
    expect(nextRowForKey('PageDown', 5, 500, 10)).toBe(15)
    expect(nextRowForKey('PageUp', 5, 500, 10)).toBe(0)
    expect(nextRowForKey('PageDown', 495, 500, 10)).toBe(499)
    expect(nextRowForKey('End', 3, 500, 10)).toBe(499)
    expect(nextRowForKey('Home', 300, 500, 10)).toBe(0)
    expect(nextRowForKey('a', 3, 500, 10)).toBeNull()
    expect(nextRowForKey('End', 0, 0, 10)).toBeNull()
  })
})

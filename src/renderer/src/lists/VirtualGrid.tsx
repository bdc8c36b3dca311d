import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import { nextRowForKey } from './grid-keys'
import type { VisibleRange } from './page-plan'
import './virtual-grid.css'

/** Row and header heights in px; fixed (set in virtual-grid.css too), so the scrollbar is exact for any count. */
export const GRID_ROW_PX = 40
const HEADER_PX = 36

/** Props: the grid's name, columns and their widths, how many rows exist, how to read and draw one, and what opening one does. */
export interface VirtualGridProps<Row> {
  label: string
  columns: readonly string[]
  /** CSS `grid-template-columns` for header and rows. */
  template: string
  /** Smallest width before the grid scrolls sideways. */
  minWidth?: string
  total: number
  /** The row at a 0-based index, or undefined while its page is not loaded (drawn as "Loading…"). */
  rowAt: (index: number) => Row | undefined
  /** The row's cells (`role="gridcell"` elements, one per column). */
  cells: (row: Row) => ReactNode
  /** The viewport's rows changed (after each scroll or resize): the caller loads their pages. */
  onRangeChange: (range: VisibleRange) => void
  onOpen: (row: Row) => void
  busy: boolean
}

/**
 * A list of any length as a virtualised ARIA grid: only the rows in view are in the DOM (aria-rowcount
 * and aria-rowindex keep the real position), the grid itself takes focus, arrow keys / Page Up / Page
 * Down / Home / End move a highlighted row (announced through aria-activedescendant) and Enter opens it.
 */
export function VirtualGrid<Row>({ label, columns, template, minWidth, total, rowAt, cells, onRangeChange, onOpen, busy }: VirtualGridProps<Row>) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '')
  const scroller = useRef<HTMLDivElement>(null)
  const [highlight, setHighlight] = useState(0)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders this component itself; nothing here is compiler-memoised
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => GRID_ROW_PX,
    overscan: 6,
    scrollMargin: HEADER_PX,
    scrollPaddingStart: HEADER_PX,
    initialRect: { width: 960, height: 480 }
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? -1
  useEffect(() => onRangeChange({ first, last, total }), [first, last, total, onRangeChange])
  const current = Math.min(highlight, Math.max(0, total - 1))

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter') {
      const row = rowAt(current)
      if (row !== undefined) {
        event.preventDefault()
        onOpen(row)
      }
      return
    }
    const viewRows = Math.floor(((scroller.current?.clientHeight ?? 480) - HEADER_PX) / GRID_ROW_PX) - 1
    const next = nextRowForKey(event.key, current, total, viewRows)
    if (next === null) return
    event.preventDefault()
    setHighlight(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  const rowId = (index: number) => `${id}-row-${index}`
  const shown = items.some((item) => item.index === current)
  const style = { '--grid-columns': template, '--grid-min-width': minWidth ?? '46rem' } as CSSProperties
  return (
    <div
      ref={scroller}
      className="virtual-grid"
      style={style}
      role="grid"
      aria-label={label}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-readonly="true"
      aria-busy={busy || undefined}
      aria-activedescendant={shown && total > 0 ? rowId(current) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="virtual-grid__head">
        <div role="row" aria-rowindex={1} className="virtual-grid__row">
          {columns.map((c) => (
            <div key={c} role="columnheader" className="virtual-grid__cell">
              {c}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="virtual-grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rowAt(item.index)
          return (
            <div
              key={item.key}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === current}
              className={item.index === current ? 'virtual-grid__row virtual-grid__row--highlight' : 'virtual-grid__row'}
              style={{ transform: `translateY(${item.start - HEADER_PX}px)` }}
              onClick={() => {
                setHighlight(item.index)
                if (row !== undefined) onOpen(row)
              }}
            >
              {row === undefined ? <LoadingCells count={columns.length} /> : cells(row)}
            </div>
          )
        })}
      </div>
    </div>
  )
}

function LoadingCells({ count }: { count: number }) {
  return (
    <>
      <div role="gridcell" className="virtual-grid__cell virtual-grid__cell--loading">
        Loading…
      </div>
      {Array.from({ length: count - 1 }, (_, i) => (
        <div key={i} role="gridcell" className="virtual-grid__cell" />
      ))}
    </>
  )
}

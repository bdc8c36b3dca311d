import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { Lead } from '../../../../../shared/contract/leads'
import { formatDate } from '../../../format/dates'
import { nextRowForKey } from './grid-keys'
import type { VisibleRange } from './page-plan'

/** Row and header heights in px; fixed (set in leads.css too), so the scrollbar is exact for any count. */
export const LEAD_ROW_PX = 40
const HEADER_PX = 36

/** Props: how many rows exist, how to read one (undefined = not loaded yet), and what to do with them. */
export interface LeadGridProps {
  total: number
  rowAt: (index: number) => Lead | undefined
  /** The viewport's rows changed (after each scroll or resize): the caller loads their pages. */
  onRangeChange: (range: VisibleRange) => void
  onOpen: (lead: Lead) => void
  busy: boolean
}

const COLUMNS = ['Email', 'Name', 'Company', 'Status', 'Added'] as const

function LeadCells({ lead }: { lead: Lead | undefined }) {
  if (!lead)
    return (
      <>
        <div role="gridcell" className="lead-grid__cell lead-grid__cell--loading">
          Loading…
        </div>
        {COLUMNS.slice(1).map((c) => (
          <div key={c} role="gridcell" className="lead-grid__cell" />
        ))}
      </>
    )
  const name = [lead.first_name, lead.last_name].filter(Boolean).join(' ')
  return (
    <>
      <div role="gridcell" className="lead-grid__cell lead-grid__cell--email" title={lead.email}>
        {lead.email}
      </div>
      <div role="gridcell" className="lead-grid__cell" title={name || undefined}>
        {name || '–'}
      </div>
      <div role="gridcell" className="lead-grid__cell" title={lead.company ?? undefined}>
        {lead.company ?? '–'}
      </div>
      <div role="gridcell" className="lead-grid__cell">
        <span className="badge">{lead.status}</span>
      </div>
      <div role="gridcell" className="lead-grid__cell">
        {formatDate(lead.created_at)}
      </div>
    </>
  )
}

/**
 * The lead list as a virtualised ARIA grid: only the rows in view are in the DOM (aria-rowcount and
 * aria-rowindex keep the real position), the grid itself takes focus, arrow keys / Page Up / Page Down
 * / Home / End move a highlighted row (announced through aria-activedescendant) and Enter opens it.
 */
export function LeadGrid({ total, rowAt, onRangeChange, onOpen, busy }: LeadGridProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '')
  const scroller = useRef<HTMLDivElement>(null)
  const [highlight, setHighlight] = useState(0)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders this component itself; nothing here is compiler-memoised
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => LEAD_ROW_PX,
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
      const lead = rowAt(current)
      if (lead) {
        event.preventDefault()
        onOpen(lead)
      }
      return
    }
    const viewRows = Math.floor(((scroller.current?.clientHeight ?? 480) - HEADER_PX) / LEAD_ROW_PX) - 1
    const next = nextRowForKey(event.key, current, total, viewRows)
    if (next === null) return
    event.preventDefault()
    setHighlight(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  const rowId = (index: number) => `${id}-row-${index}`
  const shown = items.some((item) => item.index === current)
  return (
    <div
      ref={scroller}
      className="lead-grid"
      role="grid"
      aria-label="Leads"
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
      aria-readonly="true"
      aria-busy={busy || undefined}
      aria-activedescendant={shown && total > 0 ? rowId(current) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="lead-grid__head">
        <div role="row" aria-rowindex={1} className="lead-grid__row">
          {COLUMNS.map((c) => (
            <div key={c} role="columnheader" className="lead-grid__cell">
              {c}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="lead-grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const lead = rowAt(item.index)
          return (
            <div
              key={item.key}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === current}
              className={item.index === current ? 'lead-grid__row lead-grid__row--highlight' : 'lead-grid__row'}
              style={{ transform: `translateY(${item.start - HEADER_PX}px)` }}
              onClick={() => {
                setHighlight(item.index)
                if (lead) onOpen(lead)
              }}
            >
              <LeadCells lead={lead} />
            </div>
          )
        })}
      </div>
    </div>
  )
}

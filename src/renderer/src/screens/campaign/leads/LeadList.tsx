import { useCallback, useState, type ReactNode } from 'react'
import type { Lead } from '../../../../../shared/contract/leads'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { QueryDataAge } from '../../../query/QueryDataAge'
import { QueryStates } from '../../../query/QueryStates'
import { useDebouncedValue } from '../../../query/use-debounced-value'
import { LeadGrid } from './LeadGrid'
import { pagesForRange, type VisibleRange } from './page-plan'
import { useLeadPages, type LeadListFilter } from './use-lead-pages'

/** Rows beyond the viewport whose pages are fetched ahead, so a short scroll finds them loaded. */
const OVERSCAN_ROWS = 20
/** How long the viewport must rest before its pages are fetched: a fast scroll asks only where it stops. */
const SETTLE_MS = 150

/** Props: which leads, what to show when there are none, and what opening a row does. */
export interface LeadListProps {
  filter: LeadListFilter
  filtered: boolean
  empty: ReactNode
  onOpen: (lead: Lead) => void
}

const parsePages = (key: string) => (key === '' ? [] : key.split(',').map(Number))

/**
 * The campaign's leads, however many: the total comes from `leads.list` pagination, and only the
 * pages under the viewport (plus a little ahead) are fetched, once the scrolling settles; rows whose
 * page has not arrived show "Loading…".
 */
export function LeadList({ filter, filtered, empty, onOpen }: LeadListProps) {
  const [range, setRange] = useState<VisibleRange>({ first: 0, last: 0, total: 0 })
  const onRangeChange = useCallback((next: VisibleRange) => setRange(next), [])
  // Joined to a string so the debounce compares values, not fresh arrays.
  const wantedKey = useDebouncedValue(pagesForRange(range, OVERSCAN_ROWS).join(','), SETTLE_MS)
  const visible = pagesForRange(range, 0)
  const pages = useLeadPages(filter, parsePages(wantedKey), visible)
  const total = pages.total ?? 0
  const noRows = total === 0

  return (
    <div className="lead-list">
      <QueryStates
        query={pages.first}
        loading="Loading leads…"
        headingLevel={3}
        isEmpty={noRows}
        empty={filtered ? <p className="empty-state">No leads match these filters.</p> : empty}
      />
      {pages.first.data && !noRows ? (
        <>
          <p className="lead-list__count" role="status">
            {total.toLocaleString()} {total === 1 ? 'lead' : 'leads'}
            {filtered ? ' match' : ''}
          </p>
          <LeadGrid total={total} rowAt={pages.rowAt} onRangeChange={onRangeChange} onOpen={onOpen} busy={pages.fetching} />
          <p className="field-hint">Use the arrow keys, Page Up / Page Down, Home and End to move through the list; Enter opens a lead.</p>
        </>
      ) : null}
      {pages.failed ? <ErrorNotice error={pages.failed.error} headingLevel={3} onRetry={pages.failed.retry} /> : null}
      <QueryDataAge query={pages.first} />
    </div>
  )
}

import type { ReactNode } from 'react'
import type { Lead } from '../../../../../shared/contract/leads'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { QueryDataAge } from '../../../query/QueryDataAge'
import { QueryStates } from '../../../query/QueryStates'
import { usePagedRange } from '../../../lists/use-paged-range'
import { LeadGrid } from './LeadGrid'
import { LEAD_PAGE_SIZE, useLeadPages, type LeadListFilter } from './use-lead-pages'

/** Props: which leads, what to show when there are none, and what opening a row does. */
export interface LeadListProps {
  filter: LeadListFilter
  filtered: boolean
  empty: ReactNode
  onOpen: (lead: Lead) => void
}

/**
 * The campaign's leads, however many: the total comes from `leads.list` pagination, and only the
 * pages under the viewport (plus a little ahead) are fetched, once the scrolling settles; rows whose
 * page has not arrived show "Loading…".
 */
export function LeadList({ filter, filtered, empty, onOpen }: LeadListProps) {
  const { wanted, visible, onRangeChange } = usePagedRange(LEAD_PAGE_SIZE)
  const pages = useLeadPages(filter, wanted, visible)
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

import { useNavigate } from 'react-router'
import type { ErrorLogFilter, ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { formatDateTime } from '../../../format/dates'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { usePagedRange } from '../../../lists/use-paged-range'
import { VirtualGrid } from '../../../lists/VirtualGrid'
import { recordPath } from '../record/record-source'
import { statusText } from './record-text'
import { RECORD_GRID_PAGE, useRecordPages } from './use-record-pages'

const COLUMNS = ['Time', 'Profile', 'Operation', 'Status', 'Kind', 'Detail'] as const
const TEMPLATE = '14rem minmax(6rem, 1fr) minmax(10rem, 1.4fr) 7.5rem 7.5rem minmax(12rem, 3fr)'

function RecordCells(r: ErrorLogRecord) {
  const profile = r.profileName ?? r.profileId ?? '–'
  const detail = r.detail ?? r.message
  return (
    <>
      <div role="gridcell" className="virtual-grid__cell">
        {formatDateTime(r.time)}
      </div>
      <div role="gridcell" className="virtual-grid__cell" title={profile}>
        {profile}
      </div>
      <div role="gridcell" className="virtual-grid__cell" title={r.operation}>
        {r.operation}
      </div>
      <div role="gridcell" className="virtual-grid__cell">
        {statusText(r.status)}
      </div>
      <div role="gridcell" className="virtual-grid__cell">
        {r.kind}
      </div>
      <div role="gridcell" className="virtual-grid__cell" title={detail}>
        {detail}
      </div>
    </>
  )
}

/**
 * Every matching record in one virtual grid, newest first (time, profile, operation, status, kind,
 * short detail, as text): only the pages under the viewport are read, so 100,000 records scroll like
 * ten. Enter or a click opens the record.
 */
export function AllRecords({ filter }: { filter: ErrorLogFilter }) {
  const navigate = useNavigate()
  const { wanted, visible, onRangeChange } = usePagedRange(RECORD_GRID_PAGE)
  const pages = useRecordPages(filter, wanted, visible)
  const total = pages.total ?? 0
  return (
    <div className="error-all-records">
      {pages.first.isPending ? (
        <p className="loading" role="status">
          Loading records…
        </p>
      ) : null}
      {pages.first.error && !pages.first.data ? <ErrorNotice error={pages.first.error} headingLevel={3} onRetry={() => void pages.first.refetch()} /> : null}
      {total > 0 ? (
        <>
          <VirtualGrid
            label="Error records"
            columns={COLUMNS}
            template={TEMPLATE}
            minWidth="62rem"
            total={total}
            rowAt={pages.rowAt}
            cells={RecordCells}
            onRangeChange={onRangeChange}
            onOpen={(r) => void navigate(recordPath(r.id, filter.source))}
            busy={pages.fetching}
          />
          <p className="field-hint">Use the arrow keys, Page Up / Page Down, Home and End to move through the records; Enter opens one.</p>
        </>
      ) : null}
      {pages.failed ? <ErrorNotice error={pages.failed.error} headingLevel={3} onRetry={pages.failed.retry} /> : null}
    </div>
  )
}

import { Link } from 'react-router'
import type { ErrorLogFilter } from '../../../../../shared/contract/error-log'
import { formatDateTime } from '../../../format/dates'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { recordPath } from '../record/record-source'
import { statusText } from './record-text'
import { useGroupRecords } from './use-group-records'

/** Props: the list's filter, the group to list, its title (for the table's caption) and the region's id. */
export interface GroupRecordsProps {
  id: string
  filter: ErrorLogFilter
  fingerprint: string
  title: string
}

/**
 * The individual records of one expanded group, newest first, each opening its record page; older
 * ones come 50 at a time with "Show more". Detail is shown as text, never as HTML.
 */
export function GroupRecords({ id, filter, fingerprint, title }: GroupRecordsProps) {
  const page = useGroupRecords(filter, fingerprint)
  return (
    <div id={id} className="error-group__records">
      {page.error && page.records.length === 0 ? <ErrorNotice error={page.error} headingLevel={3} onRetry={page.retry} /> : null}
      {page.pending ? (
        <p className="loading" role="status">
          Loading records…
        </p>
      ) : null}
      {page.records.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table error-records">
            <caption className="visually-hidden">Records of “{title}”</caption>
            <colgroup>
              <col className="error-records__time" />
              <col className="error-records__profile" />
              <col className="error-records__op" />
              <col className="col-status" />
              <col className="error-records__kind" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Profile</th>
                <th scope="col">Operation</th>
                <th scope="col">Status</th>
                <th scope="col">Kind</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {page.records.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={recordPath(r.id, filter.source)}>{formatDateTime(r.time)}</Link>
                  </th>
                  <td title={r.profileName ?? r.profileId}>{r.profileName ?? r.profileId ?? '–'}</td>
                  <td title={r.operation}>{r.operation}</td>
                  <td>{statusText(r.status)}</td>
                  <td>{r.kind}</td>
                  <td title={r.detail ?? r.message}>
                    {r.detail ?? r.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page.records.length > 0 && page.total !== undefined ? (
        <div className="button-row">
          <span className="muted">
            {page.records.length.toLocaleString()} of {page.total.toLocaleString()} shown
          </span>
          {page.hasMore ? (
            <button type="button" onClick={page.loadMore} disabled={page.fetching}>
              {page.fetching ? 'Loading…' : 'Show more'}
            </button>
          ) : null}
        </div>
      ) : null}
      {page.error && page.records.length > 0 ? <ErrorNotice error={page.error} headingLevel={3} onRetry={page.retry} /> : null}
    </div>
  )
}

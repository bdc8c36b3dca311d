import { TruncatedText } from '../../components/TruncatedText'
import { formatDateTime } from '../../format/dates'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'

/** The newest failures the console recorded (kept on this machine, readable offline), each linking to its record. */
export function ErrorsScreen() {
  useDocumentTitle('Error log')
  const log = useApiQuery('errorLog.query', { limit: 100 }, { local: true, refresh: false })
  const records = log.data?.records ?? []
  return (
    <div className="screen">
      <h1 id="errors-heading" tabIndex={-1}>
        Error log
      </h1>
      <p className="muted">Every failed request the console met, kept on this machine with secrets removed.</p>
      <div className="list-region" aria-busy={log.isFetching}>
        {log.error ? <ErrorNotice error={log.error} onRetry={() => void log.refetch()} /> : null}
        {log.isPending ? <p role="status">Reading the error log…</p> : null}
        {log.data && records.length === 0 ? <p className="empty-state__title">No errors recorded.</p> : null}
        {records.length > 0 ? (
          <div className="table-wrap">
            <table className="data-table" aria-labelledby="errors-heading">
              <colgroup>
                <col style={{ width: '14rem' }} />
                <col style={{ width: '11rem' }} />
                <col style={{ width: '8rem' }} />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Operation</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {records.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <TruncatedText text={formatDateTime(r.time)} to={paths.error(r.id)} />
                    </th>
                    <td>
                      <TruncatedText text={r.operation} />
                    </td>
                    <td>{r.kind}</td>
                    <td>
                      <TruncatedText text={r.message} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {log.data && log.data.total > records.length ? (
          <p className="muted">
            Showing the newest {records.length} of {log.data.total.toLocaleString()} records.
          </p>
        ) : null}
      </div>
    </div>
  )
}

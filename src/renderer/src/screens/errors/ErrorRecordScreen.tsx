import { Link, useParams } from 'react-router'
import { FactList } from '../../components/FactList'
import { formatDateTime } from '../../format/dates'
import { IssueList } from '../../guidance/IssueList'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'

/** One recorded failure (`#/errors/:id`): what was asked, what came back, and the issues by field. */
export function ErrorRecordScreen() {
  const { id = '' } = useParams()
  const log = useApiQuery('errorLog.query', { limit: 500 }, { local: true, refresh: false })
  const record = log.data?.records.find((r) => r.id === id) ?? null
  useDocumentTitle(record ? `${record.operation} at ${formatDateTime(record.time)}` : 'Error record', 'Error log')
  const facts: Array<[string, string | number | undefined]> = record
    ? [
        ['Time', formatDateTime(record.time)],
        ['Operation', record.operation],
        ['Kind', record.kind],
        ['Request', record.method && record.path ? `${record.method} ${record.path}` : undefined],
        ['HTTP status', record.status],
        ['Profile', record.profileName],
        ['Request ID', record.requestId],
        ['Detail', record.detail]
      ]
    : []
  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={paths.errors()}>Error log</Link>
      </p>
      <h1 tabIndex={-1}>{record ? record.message : 'Error record'}</h1>
      {log.error ? <ErrorNotice error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.isPending ? <p role="status">Reading the error log…</p> : null}
      {log.data && !record ? (
        <p>
          No record with this id is in the newest 500 entries of the log. <Link to={paths.errors()}>Back to the error log</Link>
        </p>
      ) : null}
      {record ? (
        <section className="panel" aria-label="Record details">
          <FactList facts={facts} />
          <IssueList issues={record.issues ?? []} />
        </section>
      ) : null}
    </div>
  )
}

import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { useAppStore } from '../../stores/app-store'
import { CopyButton } from './record/CopyButton'
import { issueFormLink } from './record/issue-form-link'
import { RecordFacts } from './record/RecordFacts'
import { RecordGuidance } from './record/RecordGuidance'
import { RecordIssuesTable } from './record/RecordIssuesTable'
import { recordSource } from './record/record-source'
import { reportText } from './record/report-text'
import './record/record.css'

/**
 * One recorded failure (`#/errors/:id`, `?source=imported` for the imported view), read from the
 * console's own log — never from the API: the request, what came back, the server's detail verbatim
 * as text, the issues by field, the guidance the console gave, and a redacted report to copy.
 */
export function ErrorRecordScreen() {
  const { id = '' } = useParams()
  const [search] = useSearchParams()
  const source = recordSource(search)
  const version = useAppStore((s) => s.info?.version ?? null)
  const query = useApiQuery('errorLog.get', { id, source }, { local: true, refresh: false })
  const record = query.data ?? null
  const notFound = query.error?.kind === 'not_found'
  const listPath = source === 'imported' ? `${paths.errors()}?source=imported` : paths.errors()
  useDocumentTitle(record ? `${record.operation} failed` : 'Error record', 'Error log')
  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={listPath}>{source === 'imported' ? 'Error log (imported)' : 'Error log'}</Link>
      </p>
      <h1 tabIndex={-1}>{record ? `${record.operation} failed` : notFound ? 'Error record not found' : 'Error record'}</h1>
      {query.isPending ? <p role="status">Reading the error log…</p> : null}
      {notFound ? (
        <p>
          No record with this id is in the {source === 'imported' ? 'imported view' : 'error log'}; it may have been cleared or rotated
          out. <Link to={listPath}>Back to the error log</Link>
        </p>
      ) : query.error ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {record ? (
        <>
          {source === 'imported' ? <p className="record-imported">Imported record (read-only, from another machine’s log).</p> : null}
          <section className="panel" aria-labelledby="record-summary-heading">
            <div className="section-header">
              <h2 id="record-summary-heading">What happened</h2>
              <CopyButton label="Copy as report" text={() => reportText(record, { version })} />
            </div>
            <p className="error-notice__message">{record.message}</p>
            <RecordFacts record={record} />
          </section>
          {record.detail ? (
            <section className="panel" aria-labelledby="record-detail-heading">
              <h2 id="record-detail-heading">Detail from the server (verbatim)</h2>
              <pre className="record-detail">{record.detail}</pre>
            </section>
          ) : null}
          {record.issues?.length ? (
            <div className="panel">
              <RecordIssuesTable issues={record.issues} form={issueFormLink(record)} />
            </div>
          ) : null}
          {record.guidance ? (
            <div className="panel">
              <RecordGuidance id={record.guidance} />
            </div>
          ) : null}
          {record.extra && Object.keys(record.extra).length > 0 ? (
            <section className="panel" aria-labelledby="record-extra-heading">
              <h2 id="record-extra-heading">More recorded facts (redacted)</h2>
              <pre className="record-detail">{JSON.stringify(record.extra, null, 2)}</pre>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  )
}

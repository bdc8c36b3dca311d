import { useState } from 'react'
import { Link } from 'react-router'
import { FactList } from '../../components/FactList'
import { formatDateTime } from '../../format/dates'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { ClearErrorLogDialog } from './ClearErrorLogDialog'
import { logCapsText, logSizeText, recordCountText } from './error-log-sizes'

/**
 * Housekeeping of the local error log in Settings: how much it holds and the caps that bound it
 * (from `errorLog.info`, no network), and "Clear error log…" behind a confirmation.
 */
export function ErrorLogPanel() {
  const info = useApiQuery('errorLog.info', {}, { local: true })
  const [confirming, setConfirming] = useState(false)
  const data = info.data
  return (
    <section className="panel" aria-labelledby="error-log-settings-heading">
      <h2 id="error-log-settings-heading">Error log</h2>
      <p className="muted">
        Every failed operation is recorded on this computer, redacted, to look up later in the <Link to={paths.errors()}>error log</Link>.
      </p>
      {info.isPending ? <p role="status">Reading the error log…</p> : null}
      {info.error ? <ErrorNotice error={info.error} headingLevel={3} onRetry={() => void info.refetch()} /> : null}
      {data ? (
        <>
          <FactList
            facts={[
              ['Records', recordCountText(data.records)],
              ['Size on disk', logSizeText(data.bytes)],
              ['Files', String(data.files)],
              ['Limits', logCapsText(data.maxFiles, data.maxFileBytes)],
              ['Oldest record', data.oldest ? formatDateTime(data.oldest) : 'none yet'],
              ['Imported view', data.imported > 0 ? recordCountText(data.imported) : undefined]
            ]}
          />
          <div className="button-row">
            <button type="button" className="danger" disabled={data.records === 0 && data.files === 0} onClick={() => setConfirming(true)}>
              Clear error log…
            </button>
          </div>
        </>
      ) : null}
      {confirming && data ? <ClearErrorLogDialog records={data.records} onClose={() => setConfirming(false)} /> : null}
    </section>
  )
}

import { useId } from 'react'
import type { LeadUploadProgress } from '../../../../../shared/contract/leads'

const n = (value: number) => value.toLocaleString()

/** How far an import job is, 0–100: from the counts (100 once final), else the job's own percentage. */
export function uploadPercent(progress: LeadUploadProgress): number {
  if (progress.status === 'COMPLETED' || progress.status === 'FAILED') return 100
  const total = Math.max(progress.total_count, progress.processed_count)
  const fromCounts = total > 0 ? (progress.processed_count * 100) / total : progress.progress_percentage
  return Math.max(0, Math.min(100, Math.floor(fromCounts)))
}

/**
 * An import job's progress as a labelled bar with its percentage and counts; when it is final, what
 * came in, what was skipped, and every row error the server reported (scrollable), by row number.
 */
export function UploadProgress({ progress }: { progress: LeadUploadProgress }) {
  const labelId = useId()
  const total = Math.max(progress.total_count, progress.processed_count)
  const final = progress.status === 'COMPLETED' || progress.status === 'FAILED'
  const percent = uploadPercent(progress)
  const counted = `${n(progress.processed_count)} of ${total ? n(total) : '?'} rows`
  const missing = progress.error_count - progress.errors.length
  return (
    <div className="upload-progress">
      <span id={labelId} className="upload-progress__label">
        Import progress
      </span>
      <div className="upload-progress__bar">
        <progress aria-labelledby={labelId} max={100} value={percent} aria-valuetext={`${percent}% — ${counted}`} />
        <span className="upload-progress__percent" aria-hidden="true">
          {percent}%
        </span>
      </div>
      <dl className="upload-progress__counts" aria-label="Import counts">
        <div>
          <dt>Rows read</dt>
          <dd>{counted}</dd>
        </div>
        <div>
          <dt>Imported</dt>
          <dd>{n(progress.success_count)}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>{n(progress.duplicate_count)}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd>{n(progress.error_count)}</dd>
        </div>
      </dl>
      <p role="status">
        {final
          ? `${progress.status === 'FAILED' ? 'Import failed' : 'Import finished'}: ${n(progress.success_count)} leads added, ${n(progress.duplicate_count)} duplicates skipped, ${n(progress.error_count)} rows with errors.`
          : `Importing… ${counted}`}
      </p>
      {final && progress.errors.length > 0 ? (
        <>
          <div className="upload-progress__errors-box" role="region" aria-label="Row errors" tabIndex={0}>
            <ul className="upload-progress__errors" aria-label="Rows with errors">
              {progress.errors.map((e, i) => (
                <li key={`${e.row ?? 'x'}-${i}`}>
                  Row {e.row ?? '?'}
                  {e.email ? ` (${e.email})` : ''}: {e.error ?? 'refused'}
                </li>
              ))}
            </ul>
          </div>
          <p className="field-hint">Rows are numbered from the first line after the header.</p>
          {missing > 0 ? (
            <p className="field-hint">
              The server lists the first {n(progress.errors.length)} row errors; {n(missing)} more rows had errors it does not list.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  )
}

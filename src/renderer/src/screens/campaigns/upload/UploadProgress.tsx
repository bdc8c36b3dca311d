import type { LeadUploadProgress } from '../../../../../shared/contract/leads'

const n = (value: number) => value.toLocaleString()

/** An import job's progress as a bar and counts; when it is final, what came in and what did not. */
export function UploadProgress({ progress }: { progress: LeadUploadProgress }) {
  const total = Math.max(progress.total_count, progress.processed_count)
  const final = progress.status === 'COMPLETED' || progress.status === 'FAILED'
  return (
    <div className="upload-progress">
      <label>
        Import progress
        <progress max={total || 1} value={progress.processed_count} />
      </label>
      <p role="status">
        {final
          ? `${progress.status === 'FAILED' ? 'Import failed' : 'Import finished'}: ${n(progress.success_count)} leads added, ${n(progress.duplicate_count)} duplicates skipped, ${n(progress.error_count)} rows with errors.`
          : `Importing… ${n(progress.processed_count)} of ${total ? n(total) : '?'} rows`}
      </p>
      {final && progress.errors.length > 0 ? (
        <ul className="upload-progress__errors" aria-label="Rows with errors">
          {progress.errors.slice(0, 10).map((e, i) => (
            <li key={`${e.row ?? i}`}>
              Row {e.row ?? '?'}{e.email ? ` (${e.email})` : ''}: {e.error ?? 'refused'}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

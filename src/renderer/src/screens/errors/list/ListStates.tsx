import type { AppError } from '../../../../../shared/contract/app-error'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import type { LogSource } from './list-params'

/** Props: the first read's state, whether filters narrow it, and which log is shown. */
export interface ListStatesProps {
  pending: boolean
  error: AppError | null
  /** The read answered with no records at all. */
  empty: boolean
  filtered: boolean
  source: LogSource
  onRetry: () => void
}

/** What the list shows before it has rows: a failed read (with Retry), the first read in flight, or an empty log with its next step. */
export function ListStates({ pending, error, empty, filtered, source, onRetry }: ListStatesProps) {
  if (error) return <ErrorNotice error={error} onRetry={onRetry} />
  if (pending)
    return (
      <p className="loading" role="status">
        Reading the error log…
      </p>
    )
  if (!empty) return null
  const [title, next] = filtered
    ? ['No errors match these filters', 'Change or clear the filters to see more.']
    : source === 'imported'
      ? ['No imported records', 'Import a log file to read it here.']
      : ['No errors recorded', 'Failures the console meets will appear here.']
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      <p className="muted">{next}</p>
    </div>
  )
}

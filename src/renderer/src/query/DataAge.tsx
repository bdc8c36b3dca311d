import type { AppError } from '../../../shared/contract/app-error'
import { ageText } from '../format/age'
import { clockMinutes } from '../format/dates'
import { useNow } from './use-now'

/** What DataAge needs from a query result. */
export interface DataAgeProps {
  dataUpdatedAt: number
  isFetching: boolean
  /** The last refresh's error while older data is still shown; null when the data is current. */
  error: AppError | null
  onRetry?: () => void
}

const OFFLINE_KINDS: ReadonlySet<AppError['kind']> = new Set(['network', 'timeout', 'unavailable'])

/**
 * The age of the data on screen: "Updated 2 min ago", or after a failed refresh "Offline — showing
 * data from 14:02" with a Retry, so nobody acts on stale numbers without knowing.
 */
export function DataAge({ dataUpdatedAt, isFetching, error, onRetry }: DataAgeProps) {
  const now = useNow()
  if (!dataUpdatedAt) return null
  if (error) {
    const lead = OFFLINE_KINDS.has(error.kind) ? 'Offline' : 'Refresh failed'
    return (
      <p className="data-age data-age--stale">
        <span>
          {lead} — showing data from {clockMinutes(dataUpdatedAt)}.
        </span>{' '}
        {onRetry ? (
          <button type="button" className="link-button" onClick={onRetry} disabled={isFetching}>
            {isFetching ? 'Refreshing…' : 'Refresh now'}
          </button>
        ) : null}
      </p>
    )
  }
  return (
    <p className="data-age">
      {isFetching ? 'Refreshing…' : `Updated ${ageText(dataUpdatedAt, now)}`}
    </p>
  )
}

import type { UseQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../../../shared/contract/app-error'
import { formatDateTime } from '../../../format/dates'
import { QueryDataAge } from '../../../query/QueryDataAge'
import { useNow } from '../../../query/use-now'

/**
 * The shared data-age line (QueryDataAge: "Updated 2 min ago", or "Offline — showing data from
 * 14:02" with Refresh now), plus the full date when the numbers on screen are from an earlier day
 * (a copy saved before a restart), so a clock time alone never passes for today.
 */
export function AnalyticsDataAge({ query }: { query: UseQueryResult<unknown, AppError> }) {
  const now = useNow()
  if (query.data === undefined) return null
  const old = query.dataUpdatedAt > 0 && new Date(query.dataUpdatedAt).toDateString() !== new Date(now).toDateString()
  return (
    <div className="analytics-age">
      <QueryDataAge query={query} />
      {old ? <p className="data-age data-age--stale">These numbers were fetched on {formatDateTime(new Date(query.dataUpdatedAt).toISOString())}.</p> : null}
    </div>
  )
}

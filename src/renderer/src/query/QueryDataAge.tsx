import type { UseQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../shared/contract/app-error'
import { DataAge } from './DataAge'

/** DataAge for a query result: its age, whether a refresh is running, the refresh error, and Refresh now. */
export function QueryDataAge({ query }: { query: UseQueryResult<unknown, AppError> }) {
  if (query.data === undefined) return null
  return (
    <DataAge
      dataUpdatedAt={query.dataUpdatedAt}
      isFetching={query.isFetching && !query.isPending}
      error={query.isError ? query.error : null}
      onRetry={() => void query.refetch()}
    />
  )
}

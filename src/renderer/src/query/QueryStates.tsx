import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { AppError } from '../../../shared/contract/app-error'
import { ErrorNotice } from '../guidance/ErrorNotice'

/** Props: the read, what to say while it loads, and what to show when it answered with nothing. */
export interface QueryStatesProps {
  query: UseQueryResult<unknown, AppError>
  loading: string
  /** Shown once data arrived and `isEmpty` is true (an empty state with its next step). */
  empty?: ReactNode
  isEmpty?: boolean
  headingLevel?: 2 | 3
}

/**
 * The states a list goes through before it has rows: a first read that failed (with Retry), the
 * first read in flight, and an answer with nothing in it. Once rows exist the screen shows them.
 */
export function QueryStates({ query, loading, empty, isEmpty = false, headingLevel = 2 }: QueryStatesProps) {
  if (query.error && query.data === undefined) return <ErrorNotice error={query.error} headingLevel={headingLevel} onRetry={() => void query.refetch()} />
  if (query.isPending)
    return (
      <p className="loading" role="status">
        {loading}
      </p>
    )
  return query.data !== undefined && isEmpty ? <>{empty}</> : null
}

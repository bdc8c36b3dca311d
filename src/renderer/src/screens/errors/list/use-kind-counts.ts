import { useMemo } from 'react'
import type { ErrorLogFilter } from '../../../../../shared/contract/error-log'
import { useApiQuery } from '../../../query/use-api-query'

/**
 * Matching records per kind for the chips. With no kind chosen they are the list's own counts; with
 * one chosen they are read for the same filter without the kind (one tiny local groups read), so
 * the other kinds stay on screen to switch to. Until that read answers, the list's counts stand in.
 */
export function useKindCounts(filter: ErrorLogFilter, own: Record<string, number> | undefined): Record<string, number> {
  const chosen = filter.kind !== undefined
  const facetInput = useMemo(() => ({ ...filter, kind: undefined, limit: 1, buckets: 4 }), [filter])
  const facet = useApiQuery('errorLog.groups', facetInput, { local: true, refresh: false, enabled: chosen, keepPrevious: true })
  return (chosen ? (facet.data?.kinds ?? own) : own) ?? {}
}

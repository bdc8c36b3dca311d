import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { AppError } from '../../../shared/contract/app-error'
import type { OperationName, OpInput, OpOutput } from '../../../shared/contract/operations'
import { useFacade } from '../bridge/facade-context'
import { useProfilesStore } from '../stores/profiles-store'
import { callOperation } from './call-operation'
import { apiQueryKey } from './query-keys'
import { BACKGROUND_REFRESH_MS } from './query-client'

/** Options of one read: keep the previous answer on screen while the next loads, refresh in the background. */
export interface ApiQueryOptions {
  enabled?: boolean
  /** Show the previous input's data while a new input loads (paging, filters): the table never jumps. */
  keepPrevious?: boolean
  /** Refresh while shown; false for data that does not change by itself. */
  refresh?: boolean
  /** A console-local read (the error log): works with no profile, and is not tied to one. */
  local?: boolean
}

/**
 * One API read through the shared cache, keyed by active profile + operation + input. The first load
 * is a person waiting (interactive); a refresh of data already shown goes at background priority.
 */
export function useApiQuery<N extends OperationName>(
  name: N,
  input: OpInput<N>,
  options: ApiQueryOptions = {}
): UseQueryResult<OpOutput<N>, AppError> {
  const facade = useFacade()
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId)
  const queryKey = apiQueryKey(options.local ? 'local' : (profileId ?? ''), name, input)
  return useQuery({
    queryKey,
    queryFn: () => {
      const shown = client.getQueryState(queryKey)?.data !== undefined
      return callOperation(facade, name, input, shown ? { priority: 'background' } : undefined)
    },
    enabled: (options.local === true || profileId !== null) && options.enabled !== false,
    // Previous rows stay while the next page loads — but never across accounts.
    placeholderData: options.keepPrevious
      ? ((previous: OpOutput<N> | undefined, previousQuery?: { queryKey: readonly unknown[] }) =>
          previousQuery && previousQuery.queryKey[1] === queryKey[1] ? previous : undefined) as never
      : undefined,
    refetchInterval: options.refresh === false ? false : BACKGROUND_REFRESH_MS,
    refetchIntervalInBackground: false
  })
}

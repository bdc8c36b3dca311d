import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import { operations, type OpInput, type OpOutput } from '../../../../../shared/contract/operations'
import { useFacade } from '../../../bridge/facade-context'
import { callOperation } from '../../../query/call-operation'
import { BACKGROUND_REFRESH_MS } from '../../../query/query-client'
import { apiQueryKey, type ApiQueryKey } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import { readSnapshot, writeSnapshot } from './analytics-snapshot'

/** The reads the analytics screens keep for offline use. */
export type AnalyticsOperation = 'analytics.campaigns' | 'analytics.timeline' | 'senders.list'

/**
 * The same read as useApiQuery (same cache key, priorities and refresh), plus the last answer kept in
 * localStorage: when the cache has nothing for this input (a restart, a reload) the saved answer starts
 * the cache entry with its real age, so the screen shows it at once and refreshes it; if the API cannot
 * be reached it stays on screen, marked "Offline" with its time (QueryDataAge).
 */
export function useAnalyticsQuery<N extends AnalyticsOperation>(name: N, input: OpInput<N>): UseQueryResult<OpOutput<N>, AppError> {
  const facade = useFacade()
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId)
  const queryKey = apiQueryKey(profileId ?? '', name, input)
  // A saved copy is checked against the operation's output schema like any answer: a torn or tampered one is ignored.
  const saved = () => {
    const snapshot = profileId === null ? null : readSnapshot<unknown>(profileId, name, input)
    const checked = snapshot ? operations[name].output.safeParse(snapshot.data) : null
    return snapshot && checked?.success ? { savedAt: snapshot.savedAt, data: checked.data as OpOutput<N> } : null
  }
  const query = useQuery<OpOutput<N>, AppError, OpOutput<N>, ApiQueryKey>({
    queryKey,
    queryFn: (): Promise<OpOutput<N>> => {
      const shown = client.getQueryState(queryKey)?.data !== undefined
      return callOperation(facade, name, input, shown ? { priority: 'background' } : undefined)
    },
    enabled: profileId !== null,
    initialData: () => saved()?.data,
    initialDataUpdatedAt: () => saved()?.savedAt,
    // A saved copy however recent is checked at once (dataUpdateCount 0: nothing fetched yet), so "Offline" shows without waiting.
    refetchOnMount: (q) => (q.state.dataUpdateCount === 0 ? 'always' : true),
    refetchInterval: BACKGROUND_REFRESH_MS,
    refetchIntervalInBackground: false
  })
  const { data, dataUpdatedAt, isFetchedAfterMount } = query
  const inputText = JSON.stringify(input)
  useEffect(() => {
    // Only answers the API gave while this screen was open are saved (not the saved copy read back).
    if (profileId !== null && data !== undefined && isFetchedAfterMount) writeSnapshot(profileId, name, JSON.parse(inputText), data, dataUpdatedAt)
  }, [profileId, name, inputText, data, dataUpdatedAt, isFetchedAfterMount])
  return query
}

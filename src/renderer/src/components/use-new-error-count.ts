import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { useApiQuery } from '../query/use-api-query'
import { operationPrefix } from '../query/query-keys'
import { paths } from '../routes/paths'
import { ERROR_LOG_SEEN_KEY, reloadErrorLogSeen, useErrorLogSeenStore } from './error-log-seen'

const BADGE_INPUT_LIMIT = 1

// True for a cache event that is a failed read or write of anything but the error log itself (which is never logged).
function isLoggedFailure(event: { type: string; action?: { type: string }; query?: { queryKey: readonly unknown[] } }): boolean {
  if (event.type !== 'updated' || event.action?.type !== 'error') return false
  const op = event.query?.queryKey[2]
  return !(typeof op === 'string' && op.startsWith('errorLog.'))
}

/**
 * How many errors were recorded since the error log viewer was last open (0 while it is open). Visiting
 * `#/errors…` marks it seen, on arrival and again on leaving. The count is one local `errorLog.query`
 * (`limit: 1`, its `total`) — no network, no key — refreshed in the background and whenever a read or
 * write in this window fails.
 */
export function useNewErrorCount(): number {
  const { pathname } = useLocation()
  const onLog = pathname === paths.errors() || pathname.startsWith(`${paths.errors()}/`)
  const seenAt = useErrorLogSeenStore((s) => s.seenAt)
  const markSeen = useErrorLogSeenStore((s) => s.markSeen)
  const client = useQueryClient()
  useEffect(() => {
    if (!onLog) return
    markSeen()
    return () => markSeen()
  }, [onLog, markSeen])
  // Another window of the console opened the log: its visit counts here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === ERROR_LOG_SEEN_KEY) reloadErrorLogSeen()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: operationPrefix('local', 'errorLog.query') })
    const unsubscribeQueries = client.getQueryCache().subscribe((event) => {
      if (isLoggedFailure(event)) refresh()
    })
    const unsubscribeMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') refresh()
    })
    return () => {
      unsubscribeQueries()
      unsubscribeMutations()
    }
  }, [client])
  const count = useApiQuery('errorLog.query', seenAt ? { from: seenAt, limit: BADGE_INPUT_LIMIT } : { limit: BADGE_INPUT_LIMIT }, { local: true, enabled: !onLog })
  return onLog ? 0 : (count.data?.total ?? 0)
}

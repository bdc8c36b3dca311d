import { type Clock, sleep } from '../clock'
import { type Lookup, NoMarker, type PostAttempt, type ReconcileOutcome, type ReconcileSettings, type Reconciler } from './types'

/** Production tuning of lookups after a lost POST. */
export const DEFAULT_RECONCILE_SETTINGS: ReconcileSettings = { settleMs: 1000, clockSkewMs: 60_000, maxCandidates: 5 }

/**
 * Settles a POST that got no answer by looking the resource up: found → adopt it; none → not applied
 * (unless the attempt timed out on a server that does not deduplicate: it may still be applying it);
 * several, or a failed lookup → unverified. Never throws.
 */
export async function reconcile(attempt: PostAttempt, reconciler: Reconciler, lookup: Lookup, settings: ReconcileSettings, clock: Clock): Promise<ReconcileOutcome> {
  if (settings.settleMs > 0) await sleep(clock, settings.settleMs)
  try {
    const match = await reconciler.find(attempt, lookup, settings, clock.now())
    const checkedAt = clock.now()
    if (match.kind === 'one') return { verdict: 'found', resource: match.resource, checkedAt }
    if (match.kind === 'several') return { verdict: 'unverified', reason: 'ambiguous', candidates: match.count, checkedAt }
    if (attempt.timedOut && !reconciler.serverDeduplicates) return { verdict: 'unverified', reason: 'may_still_apply', candidates: 0, checkedAt }
    return { verdict: 'not_applied', checkedAt }
  } catch (error) {
    return { verdict: 'unverified', reason: error instanceof NoMarker ? 'no_marker' : 'lookup_failed', candidates: 0, checkedAt: clock.now() }
  }
}

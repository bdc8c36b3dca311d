import type { AppError } from '../../../../shared/contract/app-error'
import type { Clock } from '../clock'
import { reconciledError } from './outcome-error'
import { reconcile } from './reconcile'
import type { Lookup, PostAttempt, ReconcileOutcome, ReconcileSettings, Reconciler } from './types'
import { attachExisting } from '../../errors/conflict-lookup'

/** What happens to a failed create: adopt the resource found by lookup, or fail with this error. */
export type WriteFailureResult = { adopted: Record<string, unknown>; outcome: ReconcileOutcome } | { error: AppError }

/** What the follow-up needs: the reconciler, a lookup through the same client, settings and clock. */
export interface WriteFailureContext {
  reconciler: Reconciler
  lookup: Lookup
  settings: ReconcileSettings
  clock: Clock
  onUnknownOutcome?: (attempt: PostAttempt, outcome: ReconcileOutcome) => void
}

/**
 * The follow-up to a create that did not succeed. No answer (unknown_outcome): look the resource up
 * before anyone may send again, then adopt it or reword the error as "safe to send again" / "could not
 * verify". A 409: name the existing resource when it can be found. Anything else passes through.
 */
export async function followUpWriteFailure(error: AppError, attempt: PostAttempt, ctx: WriteFailureContext): Promise<WriteFailureResult> {
  if (error.kind === 'unknown_outcome') {
    const outcome = await reconcile(attempt, ctx.reconciler, ctx.lookup, ctx.settings, ctx.clock)
    ctx.onUnknownOutcome?.(attempt, outcome)
    if (outcome.verdict === 'found') return { adopted: ctx.reconciler.asResult(outcome.resource), outcome }
    return { error: reconciledError(error, outcome, ctx.reconciler.resource) }
  }
  if (error.kind === 'conflict' && ctx.reconciler.existing) {
    try {
      return { error: attachExisting(error, await ctx.reconciler.existing(attempt.input, ctx.lookup)) }
    } catch {
      return { error }
    }
  }
  return { error }
}

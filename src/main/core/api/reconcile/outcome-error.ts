import type { AppError } from '../../../../shared/contract/app-error'
import { NOTHING_CREATED } from '../../errors/nothing-created'
import type { ReconcileOutcome, UnverifiedReason } from './types'

const WHY: Record<UnverifiedReason, (resource: string, candidates: number) => string> = {
  ambiguous: (r, n) => `${n} ${r}s look like it, so the console cannot tell which (if any) is the one just sent`,
  lookup_failed: (r) => `looking the ${r} up failed too`,
  may_still_apply: (r) => `the ${r} does not exist yet, but ColdSend may still be creating it`,
  no_marker: (r) => `the request carries nothing to look the ${r} up by`
}

/**
 * The unknown_outcome error after reconciliation, in words the operator can act on: "not applied —
 * safe to send again" (retryable) or "could not verify" (check the list first). `found` never gets here.
 */
export function reconciledError(base: AppError, outcome: Exclude<ReconcileOutcome, { verdict: 'found' }>, resource: string): AppError {
  if (base.kind !== 'unknown_outcome') return base
  if (outcome.verdict === 'not_applied') {
    return { ...base, retryable: true, guidance: 'retry-later', mayHaveApplied: false, reconciliation: 'not_applied',
      message: `No answer came back, and ColdSend has no ${resource} from this request. ${NOTHING_CREATED}` }
  }
  return { ...base, retryable: false, guidance: 'check-before-resending', reconciliation: 'unverified',
    message: `No answer came back and the console could not verify the result: ${WHY[outcome.reason](resource, outcome.candidates)}. Check the list before sending again.` }
}

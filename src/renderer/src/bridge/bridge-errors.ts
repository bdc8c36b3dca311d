import type { AppError } from '../../../shared/contract/app-error'
import { isOperationName, operations } from '../../../shared/contract/operations'

// Operations without an API binding that only read; losing their answer cannot have changed anything.
const LOCAL_READS = new Set<string>(['app.info', 'profiles.list', 'profiles.test'])

/** True when an operation may have changed something if its answer was lost (drives "check before resending"). */
export function mayHaveApplied(op: string, sent: boolean): boolean {
  if (!sent || LOCAL_READS.has(op)) return false
  if (!isOperationName(op)) return false
  const spec = operations[op] as { api?: { method: string } }
  return spec.api?.method !== 'GET'
}

/** The envelope error for a call the bridge could not complete: the socket was down or dropped. */
export function bridgeNetworkError(op: string, sent: boolean, now: Date): AppError {
  const applied = mayHaveApplied(op, sent)
  return {
    kind: 'network',
    message: sent
      ? 'The connection to the console backend dropped before it answered.'
      : 'The console backend is not reachable; the request was not sent.',
    operation: op,
    timestamp: now.toISOString(),
    retryable: true,
    // The bridge is always loopback: network, VPN or proxy advice would send the operator the wrong way.
    guidance: applied ? 'check-before-resending' : 'restart-console',
    mayHaveApplied: applied
  }
}

/** The envelope error for anything the bridge itself got wrong (bad input, malformed answer). */
export function bridgeInternalError(op: string, message: string, now: Date): AppError {
  return { kind: 'internal', message, operation: op, timestamp: now.toISOString(), retryable: false, guidance: 'report-bug' }
}

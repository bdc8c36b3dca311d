import { fail, type Envelope } from '../../shared/contract/envelope'

/**
 * An envelope for failures the shell itself detects (refused sender, core that did not start):
 * IPC must answer with data, never a throw, and the message names no secret.
 */
export function shellFailure(operation: string, message: string): Envelope<never> {
  return fail({
    kind: 'internal',
    message,
    operation: operation.slice(0, 100),
    timestamp: new Date().toISOString(),
    retryable: false,
    guidance: 'report-bug'
  })
}

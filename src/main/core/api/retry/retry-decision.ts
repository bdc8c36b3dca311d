import { isIdempotent } from '../../errors/http-methods'
import { isNetworkError } from '../../errors/network-error-mapper'

/** How one attempt failed, as far as the retry decision cares. */
export type AttemptFailure = { kind: 'status'; status: number } | { kind: 'no_response'; error: unknown; timedOut: boolean }

/** Re-exported: only idempotent methods are retried; POST/PATCH are reconciled instead. */
export { isIdempotent }

/** Statuses worth another try: request timeout, rate limited, and every server-side failure. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/**
 * The retry decision table (method × outcome): retry only idempotent methods, and only on 408/429/5xx
 * or a recognised network error or timeout. Anything else (4xx, an unknown exception, any POST) is final.
 */
export function shouldRetry(method: string, failure: AttemptFailure): boolean {
  if (!isIdempotent(method)) return false
  if (failure.kind === 'status') return isRetryableStatus(failure.status)
  return failure.timedOut || isNetworkError(failure.error)
}

import type { AppError } from '../../../../shared/contract/app-error'
import { withRetryAt } from '../call-errors'
import { fullJitterDelay } from './backoff'
import { type AttemptFailure, shouldRetry } from './retry-decision'
import type { RetryPolicy } from './retry-policy'

/** Everything the decision after a failed attempt depends on. */
export interface RetryContext {
  method: string
  failure: AttemptFailure
  /** The attempt's failure as an AppError (what the caller gets if we stop). */
  error: AppError
  /** Attempts made so far, this one included. */
  attempts: number
  policy: RetryPolicy
  now: number
  /** End of the call's total budget. */
  deadline: number
  /** When the server said to come back (Retry-After, or Reset on a 429), if it did. */
  serverAt: number | null
  random: () => number
}

/** Retry at `retryAt` (the server's time, or full-jitter backoff), or stop with `error` (a rate limit carries `retryAt`). */
export type RetryPlan = { retry: true; retryAt: number; source: 'server' | 'backoff' } | { retry: false; error: AppError }

/**
 * Decides whether and when to retry, purely: the method × outcome table first, then the attempt limit,
 * then the wait. A server-requested wait is never shortened — if it is longer than this call may wait
 * (`maxServerWaitMs`, or past its total budget) the call stops now with `retryAt` instead of hanging.
 */
export function planRetry(c: RetryContext): RetryPlan {
  const stop = (error: AppError): RetryPlan => ({ retry: false, error })
  if (!shouldRetry(c.method, c.failure)) return stop(c.error)
  if (c.attempts >= c.policy.maxAttempts) return stop(withRetryAt(c.error, c.serverAt))
  if (c.serverAt !== null) {
    if (c.serverAt - c.now > c.policy.maxServerWaitMs || c.serverAt >= c.deadline) return stop(withRetryAt(c.error, c.serverAt))
    return { retry: true, retryAt: Math.max(c.now, c.serverAt), source: 'server' }
  }
  const retryAt = c.now + fullJitterDelay(c.attempts - 1, c.policy.baseDelayMs, c.policy.maxDelayMs, c.random)
  return retryAt >= c.deadline ? stop(c.error) : { retry: true, retryAt, source: 'backoff' }
}

import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from '../errors/app-error-factory'
import { utcClock } from '../errors/http-methods'

/**
 * The error for a call the client-side budget would have to hold too long: nothing was sent, the UI
 * shows "rate limited until HH:MM:SS" and may try again at `retryAt`.
 */
export function budgetRateLimited(operation: string, retryAt: number | null, attempts: number, requestId?: string): AppError {
  return makeAppError({
    kind: 'rate_limited',
    operation,
    attempts,
    retryable: true,
    guidance: 'wait-rate-limit',
    ...(requestId !== undefined ? { requestId } : {}),
    ...(retryAt !== null ? { retryAt: new Date(retryAt).toISOString() } : {}),
    message: retryAt !== null
      ? `Rate limited until ${utcClock(retryAt)} UTC: this profile's request budget is used up for now.`
      : "Rate limited: this profile's request budget is used up for now."
  })
}

/** Fills `retryAt` on a rate_limited error that lacks one (the server sent no usable header). */
export function withRetryAt(error: AppError, retryAt: number | null): AppError {
  if (error.kind !== 'rate_limited' || error.retryAt !== undefined || retryAt === null) return error
  return { ...error, retryAt: new Date(retryAt).toISOString() }
}

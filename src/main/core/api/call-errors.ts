import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from '../errors/app-error-factory'

/**
 * The error for a call the client-side budget would have to hold too long: nothing was sent; the UI
 * counts down to `retryAt` in local time and may try again then (the message carries no clock).
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
    message: "ColdSend's rate limit for this profile is used up for now; the console held the request back (nothing was sent)."
  })
}

/** Fills `retryAt` on a rate_limited error that lacks one (the server sent no usable header). */
export function withRetryAt(error: AppError, retryAt: number | null): AppError {
  if (error.kind !== 'rate_limited' || error.retryAt !== undefined || retryAt === null) return error
  return { ...error, retryAt: new Date(retryAt).toISOString() }
}

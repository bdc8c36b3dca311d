import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'
import { isoOrUndefined, type ResponseFacts } from './response-facts'
import { isIdempotent } from './http-methods'
import { withNothingCreated } from './nothing-created'
import { retryAtFromHeaders } from './rate-limit-headers'

/** Re-exported: callers of the error layer ask it whether a resend is safe. */
export { isIdempotent }

/**
 * 429: when to try again — `Retry-After` (seconds or HTTP date), else `X-RateLimit-Reset`, else
 * unknown (the caller backs off). A caller's own estimate (`retryAt`, epoch ms) wins when given.
 * The server refused before doing anything, so resending is safe for every method.
 */
export function rateLimitedError(facts: ResponseFacts, headers: Headers | undefined, now: number, retryAt?: number): AppError {
  const at = retryAt ?? (headers ? retryAtFromHeaders(headers, now) : null)
  const iso = isoOrUndefined(at)
  return makeAppError({ ...facts, kind: 'rate_limited', retryable: true, guidance: 'wait-rate-limit',
    ...(iso ? { retryAt: iso } : {}),
    // The time is in `retryAt`: the renderer shows it once, in local time, with a countdown (never a UTC clock in the message).
    message: iso ? "ColdSend's rate limit was reached." : "ColdSend's rate limit was reached. Wait a minute before trying again." }, now)
}

/** 408: the server gave up waiting for our request, so it did not process it; resending is safe. */
export function requestTimeoutError(facts: ResponseFacts, now: number): AppError {
  return makeAppError({ ...facts, kind: 'timeout', mayHaveApplied: false, retryable: true, guidance: 'retry-later',
    message: withNothingCreated('ColdSend gave up waiting for the request; it was not processed.', facts.operation) }, now)
}

// 502 and 504 come from a gateway: the API behind it was unreachable or too slow, i.e. unavailable.
const GATEWAY = new Set([502, 504])

/**
 * 5xx. Decision: 503 and the gateway errors 502/504 are `unavailable` (the API is down or
 * overloaded), every other 5xx is `server`. Both are retryable for idempotent methods. For a
 * POST/PATCH a 502/504 means the API may have committed before the gateway gave up, so it is
 * `unknown_outcome`; a POST 500/503 is not resent automatically and the operator is told to check first.
 */
export function serverSideError(facts: ResponseFacts, method: string | undefined, now: number): AppError {
  const idempotent = isIdempotent(method)
  const status = facts.status
  if (GATEWAY.has(status) && !idempotent) {
    return makeAppError({ ...facts, kind: 'unknown_outcome', mayHaveApplied: true, retryable: false, guidance: 'check-before-resending',
      message: `A gateway in front of ColdSend answered HTTP ${status}; the request may still have been applied.` }, now)
  }
  const guidance = idempotent ? 'retry-later' : 'check-before-resending'
  if (status === 503 || GATEWAY.has(status)) {
    return makeAppError({ ...facts, kind: 'unavailable', retryable: idempotent, guidance,
      message: status === 503 ? 'ColdSend is temporarily unavailable.' : `ColdSend is unreachable behind its gateway (HTTP ${status}).` }, now)
  }
  return makeAppError({ ...facts, kind: 'server', retryable: idempotent, guidance,
    message: `ColdSend had an internal problem (HTTP ${status}).` }, now)
}

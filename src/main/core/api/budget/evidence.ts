import { readRateLimitHeaders } from '../../errors/rate-limit-headers'
import { serverRetryAt } from '../retry/retry-after'

/** What one response told us about the server's rate window. */
export interface WindowEvidence {
  status: number
  /** X-RateLimit-Limit (the per-minute limit), when sent. */
  limit: number | null
  /** X-RateLimit-Remaining: the smaller remainder of the minute and hour windows, when sent. */
  remaining: number | null
  /** X-RateLimit-Reset as epoch ms (whole seconds: coarse), when sent. */
  resetAt: number | null
  /** On a 429: when the server says to come back (Retry-After, else Reset + slack). */
  retryAt: number | null
}

/** Reads the rate-window facts from a response's headers (null fields when absent). */
export function evidenceFrom(status: number, headers: Headers, now: number, resetSlackMs: number): WindowEvidence {
  const h = readRateLimitHeaders(headers)
  return {
    status,
    limit: h.limit !== null && h.limit > 0 ? h.limit : null,
    remaining: h.remaining !== null && h.remaining >= 0 ? h.remaining : null,
    resetAt: h.resetAt,
    retryAt: status === 429 ? serverRetryAt(status, headers, now, resetSlackMs) : null
  }
}

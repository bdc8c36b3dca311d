import { parseRetryAfter, readRateLimitHeaders } from '../../errors/rate-limit-headers'

/** Re-exported from the error layer: one Retry-After parser for the mapper and the retry loop. */
export { parseRetryAfter }

/**
 * When the server says to come back, as epoch ms: `Retry-After` on any status when present; on a 429
 * without it, `X-RateLimit-Reset` (whole epoch seconds, so `resetSlackMs` is added to never be early).
 * Null when the server gave no time: the caller uses backoff.
 */
export function serverRetryAt(status: number, headers: Headers, now: number, resetSlackMs: number): number | null {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now)
  if (retryAfter !== null) return retryAfter
  if (status !== 429) return null
  const { resetAt } = readRateLimitHeaders(headers)
  return resetAt === null ? null : resetAt + resetSlackMs
}

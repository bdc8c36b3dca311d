import { readRateLimitHeaders } from '../../errors/rate-limit-headers'

const DELTA_SECONDS = /^\d{1,9}$/
// IMF-fixdate, RFC 850 and asctime all have letters and an hh:mm:ss time; anything else is not an HTTP-date.
const LOOKS_LIKE_HTTP_DATE = /[A-Za-z]{3}.*\b\d{1,2}:\d{2}:\d{2}\b/

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, as epoch ms. Returns null
 * for a missing or malformed value, so the caller falls back to other headers or backoff.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null
  const text = value.trim()
  if (DELTA_SECONDS.test(text)) return now + Number(text) * 1000
  if (!LOOKS_LIKE_HTTP_DATE.test(text)) return null
  // asctime carries no zone, but every HTTP-date is GMT: never let the local zone leak in.
  const at = Date.parse(/\b(GMT|UTC)\b/.test(text) ? text : `${text} GMT`)
  return Number.isFinite(at) ? at : null
}

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

/** The server's view of the request budget, read from `X-RateLimit-*` headers. */
export interface RateLimitHeaders {
  limit: number | null
  remaining: number | null
  /** Window reset as epoch milliseconds. */
  resetAt: number | null
}

// A reset below this is a number of seconds from now (some gateways send deltas), not a Unix time.
const EPOCH_FLOOR_SECONDS = 1_000_000_000
// Header-derived waits beyond a day are garbage; ignoring them beats waiting (or an invalid Date).
const MAX_WAIT_MS = 24 * 60 * 60 * 1000

function numberHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name)
  if (raw === null || !/^\s*\d+(\.\d+)?\s*$/.test(raw)) return null
  const value = Number(raw)
  return Number.isFinite(value) ? value : null
}

function intHeader(headers: Headers, name: string): number | null {
  const value = numberHeader(headers, name)
  return value === null ? null : Math.trunc(value)
}

// `X-RateLimit-Reset` as epoch ms, as the server states it (may lie in the past under clock skew).
function statedResetAt(headers: Headers, now: number): number | null {
  const reset = numberHeader(headers, 'x-ratelimit-reset')
  if (reset === null) return null
  return reset < EPOCH_FLOOR_SECONDS ? now + reset * 1000 : reset * 1000
}

/**
 * Reads `X-RateLimit-Limit/Remaining/Reset` so the request budget can follow the server. Reset is
 * documented as a Unix timestamp in seconds; a small value is read as seconds from `now`.
 */
export function readRateLimitHeaders(headers: Headers, now: number = Date.now()): RateLimitHeaders {
  return {
    limit: intHeader(headers, 'x-ratelimit-limit'),
    remaining: intHeader(headers, 'x-ratelimit-remaining'),
    resetAt: statedResetAt(headers, now)
  }
}

/** `X-RateLimit-Reset` as a wait target: never before `now`, null when absent, malformed or over a day away. */
export function resetAtFromHeaders(headers: Headers, now: number): number | null {
  const at = statedResetAt(headers, now)
  if (at === null || at - now > MAX_WAIT_MS) return null
  return Math.max(at, now)
}

const DELTA_SECONDS = /^\d{1,9}$/
// IMF-fixdate, RFC 850 and asctime all have letters and an hh:mm:ss time; anything else is not an HTTP-date.
const LOOKS_LIKE_HTTP_DATE = /[A-Za-z]{3}.*\b\d{1,2}:\d{2}:\d{2}\b/

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, as epoch ms. Returns null
 * for a missing or malformed value, so the caller falls back to other headers or backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null
  const text = value.trim()
  if (DELTA_SECONDS.test(text)) return now + Number(text) * 1000
  if (!LOOKS_LIKE_HTTP_DATE.test(text)) return null
  // asctime carries no zone, but every HTTP-date is GMT: never let the local zone leak in.
  const at = Date.parse(/\b(GMT|UTC)\b/.test(text) ? text : `${text} GMT`)
  return Number.isFinite(at) ? at : null
}

/** `Retry-After` as a wait target: never before `now`, null when absent, unusable or over a day away. */
export function retryAfterFromHeaders(headers: Headers, now: number): number | null {
  const at = parseRetryAfter(headers.get('retry-after'), now)
  if (at === null || at - now > MAX_WAIT_MS) return null
  return Math.max(at, now)
}

/**
 * When to try again after a 429: `Retry-After` (seconds or HTTP date) when present, else
 * `X-RateLimit-Reset`, else null (the caller backs off). The server never has to send Retry-After.
 */
export function retryAtFromHeaders(headers: Headers, now: number): number | null {
  return retryAfterFromHeaders(headers, now) ?? resetAtFromHeaders(headers, now)
}

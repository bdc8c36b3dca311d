/** The server's view of the request budget, read from `X-RateLimit-*` headers. */
export interface RateLimitHeaders {
  limit: number | null
  remaining: number | null
  /** Window reset as epoch milliseconds. */
  resetAt: number | null
}

function intHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name)
  if (raw === null || raw.trim() === '') return null
  const value = Number(raw)
  return Number.isFinite(value) ? Math.trunc(value) : null
}

/** Reads `X-RateLimit-Limit/Remaining/Reset`; `Reset` is a Unix timestamp in seconds. */
export function readRateLimitHeaders(headers: Headers): RateLimitHeaders {
  const reset = intHeader(headers, 'x-ratelimit-reset')
  return {
    limit: intHeader(headers, 'x-ratelimit-limit'),
    remaining: intHeader(headers, 'x-ratelimit-remaining'),
    resetAt: reset === null ? null : reset * 1000
  }
}

/**
 * When to try again after a 429: `Retry-After` (seconds or HTTP date) when present, else
 * `X-RateLimit-Reset`, else null (the caller backs off). The server never has to send Retry-After.
 */
export function retryAtFromHeaders(headers: Headers, now: number): number | null {
  const retryAfter = headers.get('retry-after')
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000
    const date = Date.parse(retryAfter)
    if (Number.isFinite(date)) return date
  }
  return readRateLimitHeaders(headers).resetAt
}

/**
 * Requests allowed per key: the documented defaults are 100 a minute and 1,000 an hour. The window
 * lengths can shrink for tests (e.g. a 2-second "minute"); the hour window defaults to 60 minute windows.
 */
export interface RateLimitConfig {
  perMinute: number
  perHour: number
  /** Length of the "minute" window in ms (default 60,000). */
  windowMs?: number
  /** Length of the "hour" window in ms (default 60 × windowMs). */
  hourWindowMs?: number
}

/** The verdict for one request, with everything the X-RateLimit-* headers need. */
export interface RateDecision {
  allowed: boolean
  /** X-RateLimit-Limit: the per-minute limit (the window the docs' example headers describe). */
  limit: number
  /** X-RateLimit-Remaining: what is left before either window refuses. */
  remaining: number
  /** X-RateLimit-Reset: unix seconds when the binding window (usually the minute) starts over. */
  resetAt: number
  /** Seconds until a refused request may succeed (0 when allowed). */
  retryAfter: number
}

interface Window {
  start: number
  count: number
}

/** The documented window lengths. */
export const MINUTE_MS = 60_000

// Restarts a window once its length has passed since it opened.
function roll(window: Window | undefined, now: number, length: number): Window {
  return window && now - window.start < length ? window : { start: now, count: 0 }
}

/**
 * Per-key fixed windows: a minute window and an hour window, each opened by the first counted
 * request and closed exactly one length later. Refused requests are not counted.
 */
export class RateLimiter {
  private readonly minute = new Map<string, Window>()
  private readonly hour = new Map<string, Window>()
  private readonly minuteMs: number
  private readonly hourMs: number

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now
  ) {
    this.minuteMs = config.windowMs ?? MINUTE_MS
    this.hourMs = config.hourWindowMs ?? this.minuteMs * 60
  }

  // Counts one request for `keyId` if both windows allow it.
  take(keyId: string): RateDecision {
    const now = this.now()
    const minute = roll(this.minute.get(keyId), now, this.minuteMs)
    const hour = roll(this.hour.get(keyId), now, this.hourMs)
    this.minute.set(keyId, minute)
    this.hour.set(keyId, hour)
    const minuteEnd = minute.start + this.minuteMs
    const hourEnd = hour.start + this.hourMs
    const minuteFull = minute.count >= this.config.perMinute
    const hourFull = hour.count >= this.config.perHour
    if (minuteFull || hourFull) {
      const until = Math.max(minuteFull ? minuteEnd : 0, hourFull ? hourEnd : 0)
      return {
        allowed: false,
        limit: this.config.perMinute,
        remaining: 0,
        resetAt: Math.ceil(until / 1000),
        retryAfter: Math.max(1, Math.ceil((until - now) / 1000))
      }
    }
    minute.count++
    hour.count++
    const minuteLeft = this.config.perMinute - minute.count
    const hourLeft = this.config.perHour - hour.count
    return {
      allowed: true,
      limit: this.config.perMinute,
      remaining: Math.min(minuteLeft, hourLeft),
      resetAt: Math.ceil((hourLeft < minuteLeft ? hourEnd : minuteEnd) / 1000),
      retryAfter: 0
    }
  }
}

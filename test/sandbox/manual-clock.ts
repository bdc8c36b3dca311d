/** A clock that moves only when a test moves it: time-driven jobs and rate-limit windows become exact. */
export interface ManualClock {
  /** Milliseconds since the epoch; pass as `startSandbox({ clock: clock.now })`. */
  now(): number
  /** Moves the clock forward. */
  advance(ms: number): void
}

/** Monday 2025-03-10 12:00:00 UTC: a weekday noon, far from any UTC midnight. */
export const MANUAL_CLOCK_START = Date.parse('2025-03-10T12:00:00Z')

// A manual clock, so a test never depends on how fast this machine runs it.
export function manualClock(start = MANUAL_CLOCK_START): ManualClock {
  let now = start
  return {
    now: () => now,
    advance(ms) {
      now += ms
    }
  }
}

/** Time as the API layer sees it: injectable so backoff, budgets and windows are testable with a fake clock. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** Runs `fn` once after `ms`; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void
}

/** The real clock (Date.now + setTimeout). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, Math.max(0, ms))
    return () => clearTimeout(timer)
  }
}

/** Waits `ms` on a clock, so retry waits follow the same (possibly fake) time as the budget. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => void clock.setTimer(resolve, ms))
}

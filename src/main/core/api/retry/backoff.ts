/** Exponential ceiling for the n-th retry (0-based): min(cap, base·2^n); capped so waits never grow without bound. */
export function backoffCeiling(retryIndex: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, retryIndex))
}

/**
 * Full jitter (AWS, "Exponential Backoff and Jitter"): uniform in [0, min(cap, base·2^n)), so clients
 * that failed together do not retry together. `random` is injectable for seeded tests.
 */
export function fullJitterDelay(retryIndex: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const r = Math.min(Math.max(random(), 0), 1)
  return Math.floor(r * backoffCeiling(retryIndex, baseMs, capMs))
}

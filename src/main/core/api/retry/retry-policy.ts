import type { Priority } from '../priority'

/** How hard one call tries: attempts, backoff, how long server-requested waits and the budget queue may take. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Backoff base and cap for full jitter: random(0, min(cap, base·2^n)). */
  baseDelayMs: number
  maxDelayMs: number
  /** A `Retry-After`/`X-RateLimit-Reset` wait longer than this is not waited out: the call fails with `retryAt`. */
  maxServerWaitMs: number
  /** Whole call, from its first send: attempts, waits and re-queueing. */
  totalBudgetMs: number
  /** How long the call may wait in the request budget's queue for a slot. */
  maxQueueWaitMs: number
  /** One attempt, headers and body. */
  attemptTimeoutMs: number
}

/**
 * Defaults per priority. A person waiting gets a short budget and fails fast with "rate limited until…";
 * batch and background work wait out server-requested pauses (up to a minute each) and queue freely.
 */
export const DEFAULT_RETRY_POLICIES: Readonly<Record<Priority, RetryPolicy>> = {
  interactive: { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 2_000, maxServerWaitMs: 2_000, totalBudgetMs: 30_000, maxQueueWaitMs: 2_000, attemptTimeoutMs: 15_000 },
  bulk: { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 8_000, maxServerWaitMs: 60_000, totalBudgetMs: 300_000, maxQueueWaitMs: Infinity, attemptTimeoutMs: 15_000 },
  background: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, maxServerWaitMs: 60_000, totalBudgetMs: 120_000, maxQueueWaitMs: Infinity, attemptTimeoutMs: 15_000 }
}

/** Overrides per priority (tests shorten timeouts; the connection test may want one attempt). */
export type RetryPolicyOverrides = Partial<Record<Priority, Partial<RetryPolicy>>>

/** The defaults with overrides applied; `timeoutMs` (the client's legacy option) sets every attempt timeout. */
export function resolvePolicies(overrides: RetryPolicyOverrides = {}, timeoutMs?: number): Record<Priority, RetryPolicy> {
  const out = {} as Record<Priority, RetryPolicy>
  for (const p of Object.keys(DEFAULT_RETRY_POLICIES) as Priority[]) {
    out[p] = { ...DEFAULT_RETRY_POLICIES[p], ...(timeoutMs !== undefined ? { attemptTimeoutMs: timeoutMs } : {}), ...overrides[p] }
  }
  return out
}

import { describe, expect, it } from 'vitest'
import { RequestBudget } from '../../../src/main/core/api/budget/request-budget'
import type { WindowEvidence } from '../../../src/main/core/api/budget/evidence'
import type { Priority } from '../../../src/main/core/api/priority'
import { RateLimiter } from '../../../src/sandbox/auth/rate-limiter'
import { FakeClock, seededRandom } from './fake-clock'

interface Scenario {
  seed: number
  requests: number
  perMinute: number
  perHour: number
  windowMs: number
  hourWindowMs?: number
  /** Longest one-way latency (each leg drawn uniformly from 1 ms to this). */
  maxLatencyMs: number
  /** Mean gap between calls being made (0 = all at once). */
  meanGapMs: number
  priorities?: readonly Priority[]
}

/**
 * Drives the budget against the sandbox's own fixed-window limiter on a fake clock, with random
 * latencies (so answers come back out of order) and random demand: the server must never refuse.
 */
async function simulate(s: Scenario) {
  const clock = new FakeClock()
  const rng = seededRandom(s.seed)
  const server = new RateLimiter({ perMinute: s.perMinute, perHour: s.perHour, windowMs: s.windowMs, ...(s.hourWindowMs ? { hourWindowMs: s.hourWindowMs } : {}) }, () => clock.now())
  const budget = new RequestBudget({ perMinute: s.perMinute, perHour: s.perHour, windowMs: s.windowMs, ...(s.hourWindowMs ? { hourWindowMs: s.hourWindowMs } : {}), clock })
  const start = clock.now()
  let refused = 0
  let done = 0
  let lastDone = start
  const leg = () => 1 + rng() * (s.maxLatencyMs - 1)
  let at = 0
  for (let i = 0; i < s.requests; i++) {
    at += s.meanGapMs === 0 ? 0 : -Math.log(1 - rng()) * s.meanGapMs
    const priority = s.priorities?.[i % s.priorities.length] ?? 'bulk'
    clock.setTimer(() => {
      void budget.acquire(priority).then((ticket) => {
        clock.setTimer(() => {
          const d = server.take('key')
          if (!d.allowed) refused++
          clock.setTimer(() => {
            const evidence: WindowEvidence = d.allowed
              ? { status: 200, limit: d.limit, remaining: d.remaining, resetAt: d.resetAt * 1000, retryAt: null }
              : { status: 429, limit: d.limit, remaining: 0, resetAt: d.resetAt * 1000, retryAt: clock.now() + d.retryAfter * 1000 }
            ticket.settle(evidence)
            done++
            lastDone = clock.now()
          }, leg())
        }, leg())
      })
    }, at)
  }
  await clock.advance(Math.max(s.hourWindowMs ?? 0, (s.requests / s.perMinute) * s.windowMs) * 3 + at)
  budget.dispose()
  return { refused, done, elapsed: lastDone - start }
}

describe('request budget against the sandbox limiter (simulated time, random latency)', () => {
  it('a 300-request burst at 100 per 5 s: no refusal, within 10 % of the 10 s floor', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = await simulate({ seed, requests: 300, perMinute: 100, perHour: 1000, windowMs: 5000, maxLatencyMs: 40, meanGapMs: 0 })
      expect(r, `seed ${seed}`).toMatchObject({ refused: 0, done: 300 })
      expect(r.elapsed, `seed ${seed}`).toBeLessThan(10_000 * 1.1)
    }
  })

  it('windows that are not full when they end (demand arrives over time, slow links): no refusal', async () => {
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]) {
      const r = await simulate({ seed, requests: 600, perMinute: 20, perHour: 10_000, windowMs: 1000, maxLatencyMs: 200, meanGapMs: 60 })
      expect(r, `seed ${seed}`).toMatchObject({ refused: 0, done: 600 })
    }
  })

  it('when the hour window binds first, waits for it instead of hitting it', async () => {
    for (const seed of [21, 22, 23]) {
      const r = await simulate({ seed, requests: 300, perMinute: 100, perHour: 250, windowMs: 1000, hourWindowMs: 20_000, maxLatencyMs: 30, meanGapMs: 0 })
      expect(r, `seed ${seed}`).toMatchObject({ refused: 0, done: 300 })
      expect(r.elapsed).toBeGreaterThanOrEqual(20_000)
    }
  })

  it('mixed priorities (interactive, bulk, background) share the window without a refusal', async () => {
    for (const seed of [31, 32, 33]) {
      const r = await simulate({ seed, requests: 500, perMinute: 30, perHour: 100_000, windowMs: 2000, maxLatencyMs: 60, meanGapMs: 10, priorities: ['bulk', 'background', 'bulk', 'interactive'] })
      expect(r, `seed ${seed}`).toMatchObject({ refused: 0, done: 500 })
    }
  })
})

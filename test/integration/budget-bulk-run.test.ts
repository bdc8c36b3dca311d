import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestBudgetState } from '../../src/main/core/api/budget/budget-state'
import { RequestBudget } from '../../src/main/core/api/budget/request-budget'
import { B, type Harness, startHarness } from '../core/api/support/sandbox-harness'

const PER_WINDOW = 100
const WINDOW_MS = 5000
const REQUESTS = 300
// 300 requests at 100 a window: the first 100 open window 1, the last 100 cannot start before window 3 opens.
const FLOOR_MS = (Math.ceil(REQUESTS / PER_WINDOW) - 1) * WINDOW_MS

// The documented 100/min and 1,000/h with the window shortened to 5 s on both sides (production: 60 s / 1 h).
describe('request budget: a 300-request bulk run against the real sandbox limiter', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ faults: false, rateLimit: { perMinute: PER_WINDOW, perHour: 1000, windowMs: WINDOW_MS } })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('sends 0 requests over the window and releases the last window within 10 % of the floor time', { timeout: 60_000 }, async () => {
    const states: RequestBudgetState[] = []
    const budget = new RequestBudget({ perMinute: PER_WINDOW, perHour: 1000, windowMs: WINDOW_MS, onState: (s) => states.push(s) })
    // When each request left the client: the budget's decisions, apart from how fast a loaded machine then serves them.
    const sentAt: number[] = []
    const recordingFetch: typeof fetch = (input, init) => {
      sentAt.push(Date.now())
      return fetch(input, init)
    }
    const client = h.client({ budget, fetch: recordingFetch })
    const started = Date.now()
    const results = await Promise.all(Array.from({ length: REQUESTS }, () => client.call('campaigns.list', B.list, { limit: 1 }, { priority: 'bulk' })))
    const elapsed = Date.now() - started
    const seen = h.seen({ method: 'GET', path: '/campaigns' })
    const refused = seen.filter((r) => r.outcome === '429').length
    const lastWindowOpened = sentAt[REQUESTS - PER_WINDOW]! - started
    const ratio = lastWindowOpened / FLOOR_MS
    console.log(`bulk run: ${REQUESTS} requests, limit ${PER_WINDOW}/${WINDOW_MS} ms; last window released after ${lastWindowOpened} ms (floor ${FLOOR_MS} ms, ratio ${ratio.toFixed(3)}), all done after ${elapsed} ms, 429s from the sandbox: ${refused}, retries: ${results.filter((r) => r.attempts > 1).length}`)
    expect(refused).toBe(0)
    expect(seen).toHaveLength(REQUESTS)
    expect(sentAt).toHaveLength(REQUESTS)
    expect(results.every((r) => r.attempts === 1)).toBe(true)
    expect(lastWindowOpened).toBeGreaterThanOrEqual(FLOOR_MS)
    expect(ratio).toBeLessThanOrEqual(1.1)
    // The UI saw the budget drain and the queue wait for the next window.
    expect(states.some((s) => s.remaining === 0 && s.queued.bulk > 0 && s.pausedUntil !== null)).toBe(true)
    budget.dispose()
  })
})

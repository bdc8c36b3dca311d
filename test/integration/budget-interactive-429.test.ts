import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RequestBudget } from '../../src/main/core/api/budget/request-budget'
import { B, type Harness, failure, startHarness } from '../core/api/support/sandbox-harness'

// A person waiting never hangs on a rate limit: the call fails at once with the time to try again.
describe('interactive calls and 429: prompt failure with retryAt', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ rateLimit: { perMinute: 5, perHour: 1000, windowMs: 20_000 } })
  })
  afterAll(async () => {
    await h?.close()
  })
  beforeEach(() => {
    h.sandbox.faults.clear()
  })

  for (const sendRetryAfter of [true, false]) {
    it(`server 429 ${sendRetryAfter ? 'with Retry-After' : 'with only X-RateLimit-Reset'}: fails within 500 ms, retryAt ≈ 30 s ahead, one request`, async () => {
      h.sandbox.faults.push({ kind: 'rate_limit', method: 'GET', path: '/campaigns', times: 1, retryAfter: 30, sendRetryAfter })
      const before = h.seen().length
      const started = Date.now()
      const error = await failure(h.client({ budget: false }).call('campaigns.list', B.list, {}))
      const took = Date.now() - started
      expect(took).toBeLessThan(500)
      expect(error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 1, retryable: true, guidance: 'wait-rate-limit' })
      const wait = Date.parse(error.kind === 'rate_limited' ? (error.retryAt ?? '') : '') - started
      expect(wait).toBeGreaterThan(28_000)
      expect(wait).toBeLessThan(32_000)
      expect(error.message).toMatch(/Rate limited until \d{2}:\d{2}:\d{2}/)
      expect(h.seen().length - before).toBe(1)
      console.log(`interactive 429 (${sendRetryAfter ? 'Retry-After' : 'Reset only'}): failed after ${took} ms, retryAt ${error.kind === 'rate_limited' ? error.retryAt : ''}`)
    })
  }

  it('client budget spent by bulk work: an interactive call fails at once with the window end, sending nothing', async () => {
    const budget = new RequestBudget({ perMinute: 5, windowMs: 20_000 })
    const client = h.client({ budget })
    const before = h.seen().length
    await Promise.all(Array.from({ length: 5 }, () => client.call('campaigns.list', B.list, { limit: 1 }, { priority: 'bulk' })))
    const windowEnd = budget.state().resetAt!
    const started = Date.now()
    const error = await failure(client.call('campaigns.list', B.list, {}))
    expect(Date.now() - started).toBeLessThan(100)
    expect(error).toMatchObject({ kind: 'rate_limited', attempts: 0, retryAt: new Date(windowEnd).toISOString() })
    expect(h.seen().slice(before).map((r) => r.outcome)).toEqual(['200', '200', '200', '200', '200'])
    budget.dispose()
  })
})

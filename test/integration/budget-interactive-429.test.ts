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
    it(`server 429 ${sendRetryAfter ? 'with Retry-After' : 'with only X-RateLimit-Reset'}: fails without waiting, retryAt ≈ 30 s ahead, one request`, async () => {
      h.sandbox.faults.push({ kind: 'rate_limit', method: 'GET', path: '/campaigns', times: 1, retryAfter: 30, sendRetryAfter })
      const before = h.seen().length
      const started = Date.now()
      const error = await failure(h.client({ budget: false }).call('campaigns.list', B.list, {}))
      const finished = Date.now()
      const took = finished - started
      // "Fails at once" means it did not sit out the 30 s: a sixth of that is far from waiting, and safe on a loaded machine.
      expect(took).toBeLessThan(30_000 / 6)
      expect(error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 1, retryable: true, guidance: 'wait-rate-limit' })
      // retryAt is 30 s after the server answered, which happened between `started` and `finished` (whole seconds: ±1 s).
      const retryAt = Date.parse(error.kind === 'rate_limited' ? (error.retryAt ?? '') : '')
      expect(retryAt).toBeGreaterThanOrEqual(started + 29_000)
      expect(retryAt).toBeLessThanOrEqual(finished + 31_000)
      // The time travels in retryAt only (shown once, in local time, by the renderer): no UTC clock in the words.
      expect(error.message).toBe("ColdSend's rate limit was reached.")
      expect(error.message).not.toMatch(/UTC|\d{2}:\d{2}/)
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
    // It did not queue for the rest of the 20 s window (a sixth of it is far from waiting).
    expect(Date.now() - started).toBeLessThan(20_000 / 6)
    expect(error).toMatchObject({ kind: 'rate_limited', attempts: 0, retryAt: new Date(windowEnd).toISOString() })
    expect(error.message).not.toMatch(/UTC|\d{2}:\d{2}/)
    expect(h.seen().slice(before).map((r) => r.outcome)).toEqual(['200', '200', '200', '200', '200'])
    budget.dispose()
  })
})

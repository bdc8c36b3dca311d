// Row: bulk work under the rate limit. 300 `campaigns.list` calls at bulk priority go through the
// console's real API client (request budget → ky → sandbox on 127.0.0.1) against the sandbox's real
// limiter, with the documented 100-per-window limit on a 5 s window (production: 60 s) so the run takes
// seconds. Baseline in the same run: the window's floor time — 300 requests at 100 a window cannot
// finish releasing before the third window opens, 10 s after the first.
import { performance } from 'node:perf_hooks'

const PER_WINDOW = 100
const WINDOW_MS = 5000
const REQUESTS = 300
const FLOOR_MS = (Math.ceil(REQUESTS / PER_WINDOW) - 1) * WINDOW_MS

/** Runs the bulk batch and returns the achieved share of the allowed rate and the 429 count. */
export async function run({ load }) {
  const { startHarness, B } = await load('test/core/api/support/sandbox-harness.ts')
  const h = await startHarness({ faults: false, rateLimit: { perMinute: PER_WINDOW, perHour: 10_000, windowMs: WINDOW_MS } })
  // Options, not an instance: the harness builds the budget with its own copy of the module (and disposes it).
  const budget = { perMinute: PER_WINDOW, perHour: 10_000, windowMs: WINDOW_MS }
  const sentAt = []
  const client = h.client({ budget, fetch: (input, init) => (sentAt.push(performance.now()), fetch(input, init)) })
  const started = performance.now()
  const results = await Promise.all(Array.from({ length: REQUESTS }, () => client.call('campaigns.list', B.list, { limit: 1 }, { priority: 'bulk' })))
  const elapsed = performance.now() - started
  const refused = h.seen({ method: 'GET', path: '/campaigns' }).filter((r) => r.outcome === '429').length
  const lastWindowReleased = sentAt[REQUESTS - PER_WINDOW] - started
  await h.close()
  const share = (FLOOR_MS / lastWindowReleased) * 100
  return [
    {
      what: `bulk: ${REQUESTS} requests at ${PER_WINDOW} per ${WINDOW_MS / 1000} s window — share of the allowed rate`,
      value: share,
      unit: '%',
      baseline: 100,
      baselineWhat: `the window's floor: last window opens at ${FLOOR_MS / 1000} s`,
      budget: '≥ 95 %, 0 × 429',
      ok: share >= 95 && refused === 0,
      note: `last window released after ${lastWindowReleased.toFixed(0)} ms (floor ${FLOOR_MS} ms), all ${results.length} answered after ${elapsed.toFixed(0)} ms; 429s from the sandbox: ${refused}; retried: ${results.filter((r) => r.attempts > 1).length}`
    }
  ]
}

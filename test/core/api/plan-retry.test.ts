import { describe, expect, it } from 'vitest'
import { planRetry, type RetryContext } from '../../../src/main/core/api/retry/plan-retry'
import { DEFAULT_RETRY_POLICIES, resolvePolicies } from '../../../src/main/core/api/retry/retry-policy'
import { makeAppError } from '../../../src/main/core/errors/app-error-factory'
import { seededRandom } from './fake-clock'

const NOW = 1_700_000_000_000
const unavailable = makeAppError({ kind: 'unavailable', operation: 'op', guidance: 'retry-later', message: 'x', status: 503, attempts: 1, retryable: true })
const limited = makeAppError({ kind: 'rate_limited', operation: 'op', guidance: 'wait-rate-limit', message: 'x', status: 429, attempts: 1, retryable: true })

function ctx(over: Partial<RetryContext>): RetryContext {
  return { method: 'GET', failure: { kind: 'status', status: 503 }, error: unavailable, attempts: 1, policy: DEFAULT_RETRY_POLICIES.interactive,
    now: NOW, deadline: NOW + 30_000, serverAt: null, random: seededRandom(1), ...over }
}

describe('planning a retry', () => {
  it('backs off with full jitter when the server named no time', () => {
    const plan = planRetry(ctx({}))
    expect(plan.retry && plan.source).toBe('backoff')
    expect(plan.retry && plan.retryAt - NOW).toBeLessThan(300)
    const third = planRetry(ctx({ attempts: 2, random: () => 0.99 }))
    expect(third.retry && third.retryAt - NOW).toBe(594)
  })

  it('waits exactly the server-requested time when it fits the call', () => {
    expect(planRetry(ctx({ serverAt: NOW + 1500 }))).toEqual({ retry: true, retryAt: NOW + 1500, source: 'server' })
    const bulk = ctx({ failure: { kind: 'status', status: 429 }, error: limited, policy: DEFAULT_RETRY_POLICIES.bulk, deadline: NOW + 300_000, serverAt: NOW + 45_000 })
    expect(planRetry(bulk)).toEqual({ retry: true, retryAt: NOW + 45_000, source: 'server' })
  })

  it('interactive: a longer server wait fails now with retryAt instead of hanging', () => {
    const plan = planRetry(ctx({ failure: { kind: 'status', status: 429 }, error: limited, serverAt: NOW + 30_000 }))
    expect(plan).toEqual({ retry: false, error: { ...limited, retryAt: new Date(NOW + 30_000).toISOString() } })
  })

  it('a server wait past the total budget, or a backoff past it, stops', () => {
    const bulk = DEFAULT_RETRY_POLICIES.bulk
    expect(planRetry(ctx({ policy: bulk, serverAt: NOW + 50_000, deadline: NOW + 40_000 })).retry).toBe(false)
    expect(planRetry(ctx({ deadline: NOW + 10, random: () => 0.5 })).retry).toBe(false)
  })

  it('stops at the attempt limit; a rate limit then still says when to come back', () => {
    expect(planRetry(ctx({ attempts: 3 }))).toEqual({ retry: false, error: unavailable })
    const plan = planRetry(ctx({ attempts: 3, failure: { kind: 'status', status: 429 }, error: limited, serverAt: NOW + 1000 }))
    expect(!plan.retry && plan.error).toMatchObject({ kind: 'rate_limited', retryAt: new Date(NOW + 1000).toISOString() })
  })

  it('never plans a retry for POST or a 4xx', () => {
    expect(planRetry(ctx({ method: 'POST' })).retry).toBe(false)
    expect(planRetry(ctx({ failure: { kind: 'status', status: 404 } })).retry).toBe(false)
    expect(planRetry(ctx({ method: 'POST', failure: { kind: 'no_response', error: new Error('x'), timedOut: true } })).retry).toBe(false)
  })

  it('policies: defaults per priority, overridable; the legacy timeoutMs sets every attempt limit', () => {
    const p = resolvePolicies({ interactive: { maxAttempts: 1 } }, 8000)
    expect(p.interactive).toMatchObject({ maxAttempts: 1, attemptTimeoutMs: 8000, maxServerWaitMs: 2000 })
    expect(p.bulk).toMatchObject({ maxAttempts: 5, attemptTimeoutMs: 8000, maxQueueWaitMs: Infinity })
  })
})

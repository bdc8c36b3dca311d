import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RateLimiter } from '../../src/sandbox/auth/rate-limiter'
import type { SandboxHandle } from '../../src/sandbox'
import { call, startWithKey } from './helpers'

describe('sandbox rate limits over HTTP', () => {
  let sandbox: SandboxHandle

  beforeAll(async () => {
    ;({ sandbox } = await startWithKey({ rateLimit: { perMinute: 5, perHour: 1000 } }))
  })
  afterAll(() => sandbox.close())

  it('sends X-RateLimit-* headers that count down, then 429 with Retry-After', async () => {
    const key = sandbox.issueKey({ scopes: ['*'] })
    const before = Math.floor(Date.now() / 1000)
    const remaining: number[] = []
    for (let i = 0; i < 5; i++) {
      const res = await call(sandbox, '/campaigns?limit=1', { key })
      expect(res.status).toBe(200)
      expect(res.headers.get('x-ratelimit-limit')).toBe('5')
      const reset = Number(res.headers.get('x-ratelimit-reset'))
      expect(reset).toBeGreaterThanOrEqual(before + 59)
      expect(reset).toBeLessThanOrEqual(before + 61)
      remaining.push(Number(res.headers.get('x-ratelimit-remaining')))
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0])

    const refused = await call(sandbox, '/campaigns', { key })
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(refused.body).toEqual({ detail: `Rate limit exceeded. Retry after ${retryAfter} seconds.` })
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(refused.headers.get('x-request-id')).not.toBeNull()
  })

  it('keeps separate pools per key and counts errors (403, 422) but not refusals', async () => {
    const narrow = sandbox.issueKey({ scopes: ['campaigns:read'] })
    const other = sandbox.issueKey({ scopes: ['*'] })
    const forbidden = await call(sandbox, '/campaigns', { key: narrow, json: { name: 'Not allowed here' } })
    expect(forbidden.status).toBe(403)
    expect(forbidden.headers.get('x-ratelimit-remaining')).toBe('4')
    const invalid = await call(sandbox, '/campaigns?limit=0', { key: narrow })
    expect(invalid.status).toBe(422)
    expect(invalid.headers.get('x-ratelimit-remaining')).toBe('3')
    expect((await call(sandbox, '/campaigns', { key: other })).headers.get('x-ratelimit-remaining')).toBe('4')
  })
})

describe('sandbox hourly limit', () => {
  let sandbox: SandboxHandle
  beforeAll(async () => {
    ;({ sandbox } = await startWithKey({ rateLimit: { perMinute: 100, perHour: 3 } }))
  })
  afterAll(() => sandbox.close())

  it('refuses once the hour pool is spent, with a wait up to the hour window', async () => {
    const key = sandbox.issueKey({ scopes: ['*'] })
    const remaining = []
    for (let i = 0; i < 3; i++) remaining.push((await call(sandbox, '/campaigns', { key })).headers.get('x-ratelimit-remaining'))
    expect(remaining).toEqual(['2', '1', '0'])
    const refused = await call(sandbox, '/campaigns', { key })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
  })
})

describe('RateLimiter windows', () => {
  it('opens a fixed window at the first request and starts over one minute later', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ perMinute: 2, perHour: 10 }, () => now)
    expect(limiter.take('k').remaining).toBe(1)
    now += 30_000
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 0, resetAt: 1060 })
    now += 20_000
    expect(limiter.take('k')).toMatchObject({ allowed: false, retryAfter: 10, resetAt: 1060 })
    now += 10_000
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 1, resetAt: 1120 })
  })

  it('reports the hour window when it is the one about to run out, and refused calls never count', () => {
    let now = 0
    const limiter = new RateLimiter({ perMinute: 5, perHour: 6 }, () => now)
    for (let i = 0; i < 5; i++) limiter.take('k')
    expect(limiter.take('k').allowed).toBe(false)
    now = 61_000
    const last = limiter.take('k')
    expect(last).toMatchObject({ allowed: true, remaining: 0, resetAt: 3600 })
    const refused = limiter.take('k')
    expect(refused).toMatchObject({ allowed: false, retryAfter: 3600 - 61 })
  })
})

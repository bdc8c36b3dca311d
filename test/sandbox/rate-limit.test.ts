import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RateLimiter } from '../../src/sandbox/auth/rate-limiter'
import type { RateLimitOptions, SandboxHandle } from '../../src/sandbox'
import { call, startWithKey } from './helpers'
import { manualClock } from './manual-clock'

describe('sandbox rate limits over HTTP', () => {
  let sandbox: SandboxHandle

  beforeAll(async () => {
    ;({ sandbox } = await startWithKey({ rateLimit: { perMinute: 5, perHour: 1000 } }))
  })
  afterAll(() => sandbox.close())

  it('sends X-RateLimit-* headers that count down, then 429 with Retry-After', async () => {
    const key = sandbox.issueKey({ scopes: ['*'] })
    // The window opens during the first request: bracket it with clock reads (same process, same clock),
    // so the bound holds however long the machine takes before, during or after it.
    const sent = Date.now()
    const first = await call(sandbox, '/campaigns?limit=1', { key })
    const answered = Date.now()
    const reset = Number(first.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThanOrEqual(Math.ceil((sent + 60_000) / 1000))
    expect(reset).toBeLessThanOrEqual(Math.ceil((answered + 60_000) / 1000))
    const responses = [first]
    for (let i = 1; i < 5; i++) responses.push(await call(sandbox, '/campaigns?limit=1', { key }))
    for (const res of responses) {
      expect(res.status).toBe(200)
      expect(res.headers.get('x-ratelimit-limit')).toBe('5')
      // One fixed window: every response names the instant it opened plus a minute.
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBe(reset)
    }
    expect(responses.map((r) => Number(r.headers.get('x-ratelimit-remaining')))).toEqual([4, 3, 2, 1, 0])

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
  const clock = manualClock()
  beforeAll(async () => {
    ;({ sandbox } = await startWithKey({ rateLimit: { perMinute: 100, perHour: 3 }, clock: clock.now }))
  })
  afterAll(() => sandbox.close())

  it('refuses once the hour pool is spent, with a wait up to the hour window', async () => {
    const key = sandbox.issueKey({ scopes: ['*'] })
    const remaining = []
    for (let i = 0; i < 3; i++) remaining.push((await call(sandbox, '/campaigns', { key })).headers.get('x-ratelimit-remaining'))
    expect(remaining).toEqual(['2', '1', '0'])
    clock.advance(90_000)
    const refused = await call(sandbox, '/campaigns', { key })
    expect(refused.status).toBe(429)
    // The hour window opened with the first request, 90 s ago on the sandbox's clock.
    expect(Number(refused.headers.get('retry-after'))).toBe(3600 - 90)
  })
})

// Short windows are a test feature; a manual clock makes "inside the window" and "after it" exact, where
// real sleeps would let a slow machine cross a 1.5 s window in the middle of the burst.
describe('short rate-limit windows for tests', () => {
  const running: SandboxHandle[] = []
  afterAll(() => Promise.all(running.map((s) => s.close())))
  const start = async (rateLimit: RateLimitOptions, clock?: () => number) => {
    const started = await startWithKey({ rateLimit, clock })
    running.push(started.sandbox)
    return started
  }

  it('refuses over the limit inside a 1.5 s window and admits again once it has reset', async () => {
    const clock = manualClock()
    const { sandbox, key } = await start({ perMinute: 3, perHour: 1000, windowMs: 1500 }, clock.now)
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await call(sandbox, '/campaigns?limit=1', { key })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    clock.advance(1000)
    const refused = await call(sandbox, '/campaigns?limit=1', { key })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(refused.body).toEqual({ detail: 'Rate limit exceeded. Retry after 1 seconds.' })
    clock.advance(499)
    expect((await call(sandbox, '/campaigns?limit=1', { key })).status).toBe(429)
    clock.advance(1)
    const again = await call(sandbox, '/campaigns?limit=1', { key })
    expect(again.status).toBe(200)
    expect(again.headers.get('x-ratelimit-remaining')).toBe('2')
  })

  it('sends no Retry-After when sendRetryAfter is false, keeping the body and X-RateLimit-* headers', async () => {
    const { sandbox, key } = await start({ perMinute: 1, perHour: 1000, sendRetryAfter: false })
    expect((await call(sandbox, '/campaigns?limit=1', { key })).status).toBe(200)
    const refused = await call(sandbox, '/campaigns?limit=1', { key })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBeNull()
    expect(refused.body).toEqual({ detail: 'Rate limit exceeded. Retry after 60 seconds.' })
    expect(refused.headers.get('x-ratelimit-limit')).toBe('1')
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
  })

  it('scales the hour window with the minute window (60 windows) unless given', async () => {
    const clock = manualClock()
    const { sandbox, key } = await start({ perMinute: 2, perHour: 3, windowMs: 500 }, clock.now)
    expect((await call(sandbox, '/campaigns?limit=1', { key })).status).toBe(200)
    expect((await call(sandbox, '/campaigns?limit=1', { key })).status).toBe(200)
    expect((await call(sandbox, '/campaigns?limit=1', { key })).status).toBe(429)
    clock.advance(500)
    expect((await call(sandbox, '/campaigns?limit=1', { key })).status).toBe(200)
    const hourBound = await call(sandbox, '/campaigns?limit=1', { key })
    expect(hourBound.status).toBe(429)
    // The "hour" is 60 × 500 ms = 30 s, opened 0.5 s ago.
    expect(hourBound.headers.get('retry-after')).toBe('30')
  })

  it('refuses nonsensical windows', async () => {
    await expect(startWithKey({ rateLimit: { windowMs: 0 } })).rejects.toThrow(/windowMs/)
    await expect(startWithKey({ rateLimit: { perMinute: 1.5 } })).rejects.toThrow(/perMinute/)
  })
})

describe('RateLimiter windows', () => {
  it('honours a custom window length', () => {
    let now = 0
    const limiter = new RateLimiter({ perMinute: 1, perHour: 100, windowMs: 2000 }, () => now)
    expect(limiter.take('k')).toMatchObject({ allowed: true, resetAt: 2 })
    now = 1500
    expect(limiter.take('k')).toMatchObject({ allowed: false, retryAfter: 1 })
    now = 2000
    expect(limiter.take('k').allowed).toBe(true)
  })


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

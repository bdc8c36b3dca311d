import { request } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { closedBeforeGrace } from './close-timing'
import { type ListBody, call, startWithKey } from './helpers'

const MIB = 1024 * 1024
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// The error a real fetch client sees when the connection dies: TypeError "fetch failed" with a socket cause.
async function fetchError(url: string, init?: RequestInit): Promise<{ name: string; message: string; code: string | undefined }> {
  try {
    await (await fetch(url, init)).arrayBuffer()
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } }
    return { name: e.name, message: e.message, code: e.cause?.code }
  }
  throw new Error('request unexpectedly succeeded')
}

// A raw request with a chosen Host header (fetch would not let us spoof it).
function rawRequest(url: string, opts: { method: string; host: string; body?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method, headers: { Host: opts.host, 'Content-Type': 'application/json' } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}

describe('fault injection switched off (the default)', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('has no control endpoint and refuses rules', async () => {
    expect(sandbox.faults.enabled).toBe(false)
    expect(sandbox.faults.controlUrl).toBeNull()
    expect(() => sandbox.faults.push({ kind: 'reset' })).toThrow(/fault injection is off/)
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await fetch(`${sandbox.url}/__sandbox/faults`, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? '[{"kind":"reset"}]' : undefined })
      expect(res.status, method).toBe(404)
      expect(await res.json()).toEqual({ detail: 'Not Found' })
    }
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(200)
    expect(sandbox.faults.log).toEqual([])
  })
})

describe('fault injection (faults: true)', () => {
  let sandbox: SandboxHandle
  let key: string
  const url = (path: string) => `${sandbox.baseUrl}${path}`
  const headers = () => ({ 'X-API-Key': key })

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ faults: true }))
  })
  afterEach(() => {
    sandbox.faults.clear()
    sandbox.faults.clearLog()
  })
  afterAll(() => sandbox.close())

  it('serves a 503 storm for the next N matching requests, then lets requests through', async () => {
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 3 })
    for (let i = 0; i < 3; i++) {
      const res = await call(sandbox, '/campaigns', { key })
      expect(res.status).toBe(503)
      expect(res.body).toEqual({ detail: 'Service Unavailable' })
      expect(res.headers.get('retry-after')).toBeNull()
      expect(res.headers.get('x-request-id')).not.toBeNull()
    }
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(200)
    expect(sandbox.faults.rules).toEqual([])
    expect(sandbox.faults.log.map((e) => [e.kind, e.status, e.committed])).toEqual(Array(3).fill(['status', 503, false]))
  })

  it('sends 503 with Retry-After, Starlette plain-text 500s and custom bodies', async () => {
    sandbox.faults.push(
      { kind: 'status', status: 503, retryAfter: 7, times: 1 },
      { kind: 'status', status: 500, times: 1 },
      { kind: 'status', status: 502, body: { detail: 'upstream down' }, headers: { 'X-Upstream': 'a' }, times: 1 }
    )
    const a = await call(sandbox, '/campaigns', { key })
    expect([a.status, a.headers.get('retry-after')]).toEqual([503, '7'])
    const b = await call(sandbox, '/campaigns', { key })
    expect([b.status, b.headers.get('content-type'), b.body]).toEqual([500, 'text/plain; charset=utf-8', 'Internal Server Error'])
    const c = await call(sandbox, '/campaigns', { key })
    expect([c.status, c.body, c.headers.get('x-upstream')]).toEqual([502, { detail: 'upstream down' }, 'a'])
  })

  it('injects 429s with the documented body and X-RateLimit-* headers, with and without Retry-After', async () => {
    sandbox.faults.push({ kind: 'rate_limit', times: 1 }, { kind: 'rate_limit', retryAfter: 3, sendRetryAfter: false, times: 1 })
    const now = Math.floor(Date.now() / 1000)
    const first = await call(sandbox, '/campaigns', { key })
    expect(first.status).toBe(429)
    expect(first.body).toEqual({ detail: 'Rate limit exceeded. Retry after 60 seconds.' })
    expect(first.headers.get('retry-after')).toBe('60')
    expect(first.headers.get('x-ratelimit-limit')).toBe('100')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(now + 59)
    const second = await call(sandbox, '/campaigns', { key })
    expect(second.status).toBe(429)
    expect(second.body).toEqual({ detail: 'Rate limit exceeded. Retry after 3 seconds.' })
    expect(second.headers.get('retry-after')).toBeNull()
    expect(second.headers.get('x-ratelimit-remaining')).toBe('0')
  })

  it('resets the connection: fetch fails with ECONNRESET and nothing is committed', async () => {
    sandbox.faults.push({ kind: 'reset', method: 'POST', path: '/campaigns', times: 1 })
    const before = ((await call(sandbox, '/campaigns?limit=100', { key })).body as ListBody).pagination.total
    const err = await fetchError(url('/campaigns'), { method: 'POST', headers: { ...headers(), 'Content-Type': 'application/json', 'X-Request-ID': 'reset-1' }, body: '{"name":"Never created here"}' })
    expect(err).toMatchObject({ name: 'TypeError', message: 'fetch failed' })
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(err.code)
    expect(((await call(sandbox, '/campaigns?limit=100', { key })).body as ListBody).pagination.total).toBe(before)
    expect(sandbox.faults.log).toEqual([
      expect.objectContaining({ requestId: 'reset-1', method: 'POST', path: '/campaigns', kind: 'reset', status: null, committed: false, handlerStatus: null, done: true })
    ])
  })

  it('commit_then_drop: the POST really creates the campaign, the client only sees a dead socket', async () => {
    sandbox.faults.push({ name: 'lost-201', kind: 'commit_then_drop', method: 'POST', path: '/campaigns', times: 1 })
    const err = await fetchError(url('/campaigns'), { method: 'POST', headers: { ...headers(), 'Content-Type': 'application/json', 'X-Request-ID': 'ctd-1' }, body: '{"name":"Committed then dropped"}' })
    expect(err.message).toBe('fetch failed')
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(err.code)
    const found = ((await call(sandbox, '/campaigns?search=Committed%20then%20dropped', { key })).body as ListBody).campaigns
    expect(found.map((c) => c.name)).toEqual(['Committed then dropped'])
    expect(sandbox.faults.log).toEqual([
      expect.objectContaining({ requestId: 'ctd-1', rule: 'lost-201', kind: 'commit_then_drop', status: null, committed: true, handlerStatus: 201 })
    ])
  })

  it('delays past a client timeout, then still commits; or answers late; or drops', async () => {
    sandbox.faults.push({ kind: 'delay', ms: 600, method: 'POST', path: '/campaigns', times: 1 })
    const err = await fetchError(url('/campaigns'), {
      method: 'POST', signal: AbortSignal.timeout(150), headers: { ...headers(), 'Content-Type': 'application/json' }, body: '{"name":"Slow but committed"}'
    })
    expect(err.name).toBe('TimeoutError')
    // The 600 ms delay has to run out first; the generous timeout is only a hang guard.
    await expect.poll(() => sandbox.faults.log[0]?.done, { timeout: 15_000 }).toBe(true)
    expect(sandbox.faults.log[0]).toMatchObject({ kind: 'delay', committed: true, handlerStatus: 201 })
    expect(((await call(sandbox, '/campaigns?search=Slow%20but%20committed', { key })).body as ListBody).campaigns).toHaveLength(1)

    sandbox.faults.push({ kind: 'delay', ms: 200, times: 1 }, { kind: 'delay', ms: 100, then: 'drop', times: 1 })
    const started = Date.now()
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect((await fetchError(url('/campaigns'), { headers: headers() })).message).toBe('fetch failed')
  })

  it('html_502: a proxy HTML page with Content-Type text/html that is not JSON', async () => {
    sandbox.faults.push({ kind: 'html_502', path: '/campaigns/*', times: 1 })
    const res = await fetch(url('/campaigns/3c90c3cc-0d44-4b50-8888-8dd25736052a'), { headers: headers() })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('text/html')
    const text = await res.text()
    expect(text).toMatch(/^<html>/)
    expect(text).toContain('502 Bad Gateway')
    expect(() => JSON.parse(text) as unknown).toThrow()
  })

  it('oversized: streams a 20 MiB valid JSON body, with or without Content-Length', async () => {
    sandbox.faults.push({ kind: 'oversized', times: 1 }, { kind: 'oversized', bytes: 3 * MIB, declareLength: false, times: 1 })
    const big = await fetch(url('/campaigns'), { headers: headers() })
    expect(big.status).toBe(200)
    expect(big.headers.get('content-length')).toBe(String(20 * MIB))
    const bytes = await big.arrayBuffer()
    expect(bytes.byteLength).toBe(20 * MIB)
    expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toMatchObject({ success: true })
    const chunked = await fetch(url('/campaigns'), { headers: headers() })
    expect(chunked.headers.get('content-length')).toBeNull()
    expect(chunked.headers.get('transfer-encoding')).toBe('chunked')
    expect((await chunked.arrayBuffer()).byteLength).toBe(3 * MIB)
    expect(sandbox.faults.log.map((e) => [e.kind, e.status, e.done])).toEqual([['oversized', 200, true], ['oversized', 200, true]])
  })

  it('matches on method and path patterns, skips the first N, and draws probabilities from a seeded PRNG', async () => {
    sandbox.faults.push({ kind: 'status', status: 500, method: 'POST', path: '/campaigns' }, { kind: 'status', status: 504, path: '/api/public/v1/analytics/**', skip: 1 })
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(200)
    expect((await call(sandbox, '/campaigns', { key, json: { name: 'Refused by fault' } })).status).toBe(500)
    expect((await call(sandbox, '/analytics/campaigns/timeline', { key })).status).toBe(200)
    expect((await call(sandbox, '/analytics/campaigns/timeline', { key })).status).toBe(504)
    expect((await call(sandbox, '/analytics/campaigns', { key })).status).toBe(504)
    sandbox.faults.clear()

    const pattern = async () => {
      sandbox.faults.push({ kind: 'status', status: 503, path: '/campaigns', probability: 0.5, seed: 42 })
      const statuses: number[] = []
      for (let i = 0; i < 16; i++) statuses.push((await call(sandbox, '/campaigns?limit=1', { key })).status)
      sandbox.faults.clear()
      return statuses
    }
    const first = await pattern()
    expect(new Set(first)).toEqual(new Set([200, 503]))
    expect(await pattern()).toEqual(first)
  })

  it('refuses invalid rules whole', () => {
    expect(() => sandbox.faults.push({ kind: 'reset' }, { kind: 'delay' } as never)).toThrow(TypeError)
    expect(() => sandbox.faults.push({ kind: 'reset', tiems: 1 } as never)).toThrow(/tiems/)
    expect(sandbox.faults.rules).toEqual([])
  })

  it('is steerable over HTTP at /__sandbox/faults without a key, loopback and JSON only', async () => {
    const control = sandbox.faults.controlUrl!
    expect(control).toBe(`${sandbox.url}/__sandbox/faults`)
    const post = (body: string, type = 'application/json') => fetch(control, { method: 'POST', headers: { 'Content-Type': type }, body })
    const added = await post(JSON.stringify({ rules: [{ kind: 'status', status: 503, path: '/campaigns', times: 2 }] }))
    expect(added.status).toBe(201)
    expect(await added.json()).toMatchObject({ added: 1, rules: [{ kind: 'status', status: 503, remaining: 2 }] })
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(503)
    const state = (await (await fetch(control)).json()) as { enabled: boolean; rules: Array<{ remaining: number }>; log: unknown[] }
    expect(state).toMatchObject({ enabled: true, rules: [{ remaining: 1 }] })
    expect(state.log).toHaveLength(1)
    expect(await (await fetch(control, { method: 'DELETE' })).json()).toEqual({ cleared: 1, rules: [] })
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(200)
    expect(((await (await fetch(`${control}/log`)).json()) as { log: unknown[] }).log).toHaveLength(1)
    expect(await (await fetch(`${control}/log`, { method: 'DELETE' })).json()).toEqual({ log: [] })

    const invalid = await post('[{"kind":"teleport"}]')
    expect(invalid.status).toBe(400)
    expect((await invalid.json()) as { detail: string }).toMatchObject({ detail: expect.stringMatching(/^Invalid fault rules: /) as unknown })
    expect((await post('{oops')).status).toBe(400)
    expect((await post('[{"kind":"reset"}]', 'text/plain')).status).toBe(415)
    expect(await rawRequest(control, { method: 'POST', host: 'evil.example:80', body: '[{"kind":"reset"}]' })).toBe(403)
    expect((await fetch(control, { method: 'PUT' })).status).toBe(405)
    expect(sandbox.faults.rules).toEqual([])
  })

  it('never faults the control endpoint itself, nor anything outside the API base', async () => {
    sandbox.faults.push({ kind: 'reset', path: '/**' })
    expect((await fetch(sandbox.faults.controlUrl!)).status).toBe(200)
    expect((await fetch(`${sandbox.url}/elsewhere`)).status).toBe(404)
    expect((await fetchError(url('/campaigns'), { headers: headers() })).message).toBe('fetch failed')
  })
})

describe('closing while faults hold requests', () => {
  it('cancels a long delay so close() stays fast', async () => {
    const { sandbox, key } = await startWithKey({ faults: true })
    sandbox.faults.push({ kind: 'delay', ms: 30_000 })
    const pending = fetch(`${sandbox.baseUrl}/campaigns`, { headers: { 'X-API-Key': key } }).catch((e: unknown) => e)
    await expect.poll(() => sandbox.faults.log.length).toBe(1)
    expect(await closedBeforeGrace(() => sandbox.close())).toBe(true)
    expect(await pending).toBeInstanceOf(TypeError)
    await sleep(10)
  })
})

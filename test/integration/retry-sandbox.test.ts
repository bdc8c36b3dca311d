import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RetryEvent } from '../../src/main/core/api/api-client'
import { RetryBudget } from '../../src/main/core/api/retry/retry-budget'
import type { RateLimitHeaders } from '../../src/main/core/errors/rate-limit-headers'
import { B, type Harness, failure, startHarness } from '../core/api/support/sandbox-harness'

// Retries against a real sandbox over HTTP, faults injected server-side; counts are the requests the sandbox saw.
describe('retries only where allowed (faulting sandbox, real HTTP)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })
  beforeEach(() => {
    h.sandbox.faults.clear()
  })

  const newCampaign = async (name: string) =>
    (await h.client().call('campaigns.create', B.create, { name })).body as { campaign_id: string }

  it('GET: a 503 storm is retried to success, and the attempt count is reported', async () => {
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 2 })
    const before = h.seen({ method: 'GET', path: '/campaigns' }).length
    const retries: RetryEvent[] = []
    const result = await h.client({ onRetry: (e) => retries.push(e) }).call('campaigns.list', B.list, { limit: 1 })
    expect(result.attempts).toBe(3)
    expect(retries.map((r) => [r.attempt, r.cause, r.source])).toEqual([[1, 503, 'backoff'], [2, 503, 'backoff']])
    expect(h.seen({ method: 'GET', path: '/campaigns' }).slice(before).map((r) => r.outcome)).toEqual(['503', '503', '200'])
  })

  it('GET: a storm longer than the attempt limit fails with the attempts made', async () => {
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 10 })
    const before = h.seen({ path: '/campaigns' }).length
    const error = await failure(h.client().call('campaigns.list', B.list, {}))
    expect(error).toMatchObject({ kind: 'unavailable', status: 503, attempts: 3 })
    expect(h.seen({ path: '/campaigns' }).length - before).toBe(3)
  })

  it('POST: a 503 is not retried (one request, no campaign)', async () => {
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'POST', path: '/campaigns', times: 5 })
    const before = h.seen({ method: 'POST' }).length
    const error = await failure(h.client().call('campaigns.create', B.create, { name: 'Never retried 503' }))
    expect(error).toMatchObject({ kind: 'unavailable', attempts: 1 })
    expect(h.seen({ method: 'POST' }).length - before).toBe(1)
  })

  it('PUT: a 500 is retried and the update lands once', async () => {
    const { campaign_id } = await newCampaign('Retry the PUT')
    h.sandbox.faults.push({ kind: 'status', status: 500, method: 'PUT', path: '/campaigns/*', times: 1 })
    const result = await h.client().call('campaigns.update', B.update, { campaign_id, daily_limit_per_inbox: 33 })
    expect(result.attempts).toBe(2)
    const detail = await h.client().call('campaigns.get', B.get, { campaign_id })
    expect(detail.body).toMatchObject({ daily_limit_per_inbox: 33 })
    expect(h.seen({ method: 'PUT' }).map((r) => r.outcome)).toEqual(['500', '200'])
  })

  it('DELETE: a 503 and an HTML 502 from a proxy are retried', async () => {
    const { campaign_id } = await newCampaign('Retry the DELETE')
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'DELETE', path: '/campaigns/*', times: 1 }, { kind: 'html_502', method: 'DELETE', path: '/campaigns/*', times: 1 })
    const result = await h.client().call('campaigns.delete', B.remove, { campaign_id })
    expect(result.attempts).toBe(3)
    expect((await failure(h.client().call('campaigns.get', B.get, { campaign_id }))).kind).toBe('not_found')
  })

  it('GET: a connection reset, a dropped connection and a timeout are retried', async () => {
    h.sandbox.faults.push(
      { kind: 'reset', method: 'GET', path: '/campaigns', times: 1, abort: 'reset' },
      { kind: 'reset', method: 'GET', path: '/campaigns', times: 1, abort: 'close' },
      { kind: 'delay', method: 'GET', path: '/campaigns', times: 1, ms: 1500 }
    )
    const retries: RetryEvent[] = []
    const result = await h.client({ timeoutMs: 400, onRetry: (e) => retries.push(e) }).call('campaigns.list', B.list, {}, { priority: 'bulk' })
    expect(result.attempts).toBe(4)
    expect(retries.map((r) => r.cause)).toEqual(['network', 'network', 'timeout'])
  })

  it('429 without Retry-After: waits for X-RateLimit-Reset (never earlier), then succeeds', async () => {
    h.sandbox.faults.push({ kind: 'rate_limit', method: 'GET', path: '/campaigns', times: 1, retryAfter: 1, sendRetryAfter: false })
    const headers: RateLimitHeaders[] = []
    const retries: RetryEvent[] = []
    const client = h.client({ onRetry: (e) => retries.push(e), onRateLimitHeaders: (x) => headers.push(x) })
    const result = await client.call('campaigns.list', B.list, {}, { priority: 'bulk' })
    const done = Date.now()
    const resetAt = headers[0]!.resetAt!
    expect(result.attempts).toBe(2)
    expect(retries).toEqual([expect.objectContaining({ cause: 429, source: 'server', retryAt: resetAt + 1000 })])
    expect(done).toBeGreaterThanOrEqual(resetAt)
  })

  it('429 with Retry-After: waits exactly what the server asked', async () => {
    h.sandbox.faults.push({ kind: 'rate_limit', method: 'GET', path: '/campaigns', times: 1, retryAfter: 1 })
    const retries: RetryEvent[] = []
    const started = Date.now()
    const result = await h.client({ onRetry: (e) => retries.push(e) }).call('campaigns.list', B.list, {}, { priority: 'bulk' })
    expect(result.attempts).toBe(2)
    expect(retries[0]).toMatchObject({ cause: 429, source: 'server' })
    expect(retries[0]!.delayMs).toBeGreaterThan(900)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  })

  it('the retry budget stops retrying during a long outage, and success earns retries back', async () => {
    const retryBudget = new RetryBudget({ capacity: 3 })
    const client = h.client({ retryBudget })
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', name: 'outage' })
    const before = h.seen({ path: '/campaigns' }).length
    const attempts: number[] = []
    for (let i = 0; i < 8; i++) attempts.push((await failure(client.call('campaigns.list', B.list, {}))).attempts ?? -1)
    // 3 tokens: the first call retries twice, the second once, then every call is tried once.
    expect(attempts).toEqual([3, 2, 1, 1, 1, 1, 1, 1])
    expect(h.seen({ path: '/campaigns' }).length - before).toBe(11) // without the budget: 24
    h.sandbox.faults.clear()
    for (let i = 0; i < 10; i++) await client.call('campaigns.list', B.list, { limit: 1 })
    expect(retryBudget.available).toBeCloseTo(1)
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 5 })
    expect((await failure(client.call('campaigns.list', B.list, {}))).attempts).toBe(2)
  })

  it('POST multipart (lead CSV upload) is sent as a form; a 503 on it is not retried, the progress poll is', async () => {
    const { campaign_id } = await newCampaign('Multipart upload target')
    const upload = { method: 'POST', path: '/campaigns/{campaign_id}/leads', scope: 'leads:create',
      encoding: { kind: 'multipart', file: { part: 'file', contentFrom: 'csv', fileNameFrom: 'file_name', contentType: 'text/csv' } } } as const
    const input = { campaign_id, csv: new TextEncoder().encode('Email,First\nana@acme.example,Ana\nbo@acme.example,Bo\n'), file_name: 'leads.csv', mapping: { email: 'Email', first_name: 'First' } }
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'POST', path: '/campaigns/*/leads', times: 1 })
    expect(await failure(h.client().call('leads.upload', upload, input))).toMatchObject({ kind: 'unavailable', attempts: 1 })
    const started = await h.client().call('leads.upload', upload, input)
    const jobId = (started.body as { job_id: string }).job_id
    expect(jobId).toEqual(expect.any(String))
    h.sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns/*/leads/upload/*', times: 1 })
    const progress = await h.client().call('leads.uploadStatus', { method: 'GET', path: '/campaigns/{campaign_id}/leads/upload/{job_id}', scope: 'leads:read' }, { campaign_id, job_id: jobId }, { priority: 'background' })
    expect(progress.attempts).toBe(2)
  })

  it('never retries a 4xx (validation, not found)', async () => {
    const before = h.seen().length
    expect((await failure(h.client().call('campaigns.get', B.get, { campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' }))).attempts).toBe(1)
    expect((await failure(h.client().call('campaigns.update', B.update, { campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', daily_limit_per_inbox: 500 }))).attempts).toBe(1)
    expect(h.seen().length - before).toBe(2)
  })
})

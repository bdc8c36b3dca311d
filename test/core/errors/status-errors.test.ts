import { describe, expect, it } from 'vitest'
import { AppErrorSchema } from '../../../src/shared/contract/app-error'
import { DOC_429, DOC_CAMPAIGN_NOT_FOUND, DOC_SENDER_EXISTS, json } from './api-error-bodies'
import { NOW, SENT_ID, asKind, mapResponse } from './map-helper'

// What nginx sends as a 502 page (the sandbox's html_502 fault sends the same).
const NGINX_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

describe('not found (404)', () => {
  it('names the resource from the words, else from the operation', () => {
    expect(mapResponse(404, json(DOC_CAMPAIGN_NOT_FOUND), { operation: 'campaigns.get' })).toMatchObject({ kind: 'not_found', resource: 'campaign', guidance: 'refresh-list', status: 404 })
    expect(mapResponse(404, { detail: 'Sender account not found' }, { operation: 'senders.get' })).toMatchObject({ resource: 'sender account' })
    expect(mapResponse(404, { detail: 'Not Found' }, { operation: 'leads.get' })).toMatchObject({ resource: 'lead' })
    expect(mapResponse(404, null, { operation: 'leads.list' })).toMatchObject({ resource: 'campaign' })
    expect(mapResponse(404, { detail: 'Campaign not found' }, { operation: 'leads.add' })).toMatchObject({ resource: 'campaign' })
    expect(mapResponse(404, { detail: 'Upload job not found' }, { operation: 'leads.uploadProgress' })).toMatchObject({ resource: 'lead upload job' })
    expect(mapResponse(404, null, { operation: 'senders.bulkCreateProgress' })).toMatchObject({ resource: 'bulk job' })
  })

  it('a 404 on a list, or an HTML 404 page, means the endpoint is missing: check the Base URL', () => {
    const e = mapResponse(404, { detail: 'Not Found' }, { operation: 'campaigns.list' })
    expect(e).toMatchObject({ kind: 'not_found', guidance: 'check-base-url' })
    expect(e).not.toHaveProperty('resource')
    expect(mapResponse(404, '<!DOCTYPE html><html><title>404</title></html>', { operation: 'campaigns.get' })).toMatchObject({ guidance: 'check-base-url' })
  })
})

describe('conflict (409)', () => {
  it('keeps the detail and the resource; `existing` is left for the handler’s lookup', () => {
    const e = asKind(mapResponse(409, json(DOC_SENDER_EXISTS), { operation: 'senders.create' }), 'conflict')
    expect(e).toMatchObject({ detail: 'Sender account with email outreach@company.com already exists', resource: 'sender account', guidance: 'resolve-conflict', retryable: false })
    expect(e.message).toBe('Sender account with email outreach@company.com already exists')
    expect(e).not.toHaveProperty('existing')
    expect(asKind(mapResponse(409, null, { operation: 'leads.add' }), 'conflict')).toMatchObject({ detail: 'Already exists', message: 'That lead already exists.' })
  })
})

describe('rate limited (429)', () => {
  it('with Retry-After in seconds', () => {
    expect(mapResponse(429, json(DOC_429), { headers: { 'Retry-After': '60' } })).toMatchObject({ kind: 'rate_limited', retryAt: '2026-01-01T12:01:00.000Z', retryable: true, guidance: 'wait-rate-limit' })
  })
  it('with Retry-After as an HTTP date', () => {
    expect(mapResponse(429, json(DOC_429), { headers: { 'Retry-After': 'Thu, 01 Jan 2026 12:00:45 GMT' } })).toMatchObject({ retryAt: '2026-01-01T12:00:45.000Z' })
  })
  it('without Retry-After, from X-RateLimit-Reset (Unix seconds)', () => {
    const headers = { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(NOW / 1000 + 30) }
    const e = mapResponse(429, json(DOC_429), { headers })
    expect(e).toMatchObject({ retryAt: '2026-01-01T12:00:30.000Z' })
    // The time travels in retryAt only: the renderer shows it once, in local time; no UTC clock in the words.
    expect(e.message).toBe("ColdSend's rate limit was reached.")
    expect(e.message).not.toMatch(/\d{2}:\d{2}|UTC/)
  })
  it('Retry-After wins over X-RateLimit-Reset; a garbage Retry-After falls back to it', () => {
    const reset = String(NOW / 1000 + 30)
    expect(mapResponse(429, json(DOC_429), { headers: { 'Retry-After': '5', 'X-RateLimit-Reset': reset } })).toMatchObject({ retryAt: '2026-01-01T12:00:05.000Z' })
    expect(mapResponse(429, json(DOC_429), { headers: { 'Retry-After': 'soon', 'X-RateLimit-Reset': reset } })).toMatchObject({ retryAt: '2026-01-01T12:00:30.000Z' })
  })
  it('with neither header: no retryAt (the wording is not relied on), still retryable', () => {
    const e = asKind(mapResponse(429, json(DOC_429)), 'rate_limited')
    expect(e.retryAt).toBeUndefined()
    expect(e.retryable).toBe(true)
  })
  it('takes the caller’s own retryAt when given, and ignores absurd header values', () => {
    expect(mapResponse(429, null, { retryAt: NOW + 7000 })).toMatchObject({ retryAt: '2026-01-01T12:00:07.000Z' })
    expect(asKind(mapResponse(429, null, { headers: { 'Retry-After': '99999999999999' } }), 'rate_limited').retryAt).toBeUndefined()
    expect(asKind(mapResponse(429, null, { retryAt: Number.NaN }), 'rate_limited').retryAt).toBeUndefined()
    expect(asKind(mapResponse(429, null, { retryAt: 1e300 }), 'rate_limited').retryAt).toBeUndefined()
  })
})

describe('server side (5xx) and odd bodies', () => {
  it('500 with Starlette’s plain-text body → server, retryable for idempotent methods', () => {
    expect(mapResponse(500, 'Internal Server Error', { method: 'GET', operation: 'campaigns.list' })).toMatchObject({ kind: 'server', retryable: true, guidance: 'retry-later', status: 500, message: 'ColdSend had an internal problem (HTTP 500).' })
    expect(mapResponse(500, 'Internal Server Error')).toMatchObject({ kind: 'server', retryable: true })
  })

  it('500 on a POST is not resent automatically; the operator checks first', () => {
    expect(mapResponse(500, 'Internal Server Error', { method: 'POST' })).toMatchObject({ kind: 'server', retryable: false, guidance: 'check-before-resending' })
  })

  it('503 → unavailable, retryable', () => {
    expect(mapResponse(503, { detail: 'Service Unavailable' }, { method: 'GET' })).toMatchObject({ kind: 'unavailable', retryable: true, guidance: 'retry-later' })
  })

  it('502 HTML page and 504 → unavailable for GET/PUT/DELETE, never showing markup', () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const e = mapResponse(502, NGINX_502, { method })
      expect(e).toMatchObject({ kind: 'unavailable', retryable: true, status: 502 })
      expect(e.message).not.toMatch(/[<>]/)
    }
    expect(mapResponse(504, null, { method: 'GET' })).toMatchObject({ kind: 'unavailable', retryable: true })
  })

  it('502/504 on a POST → unknown_outcome: the API may have committed before the gateway gave up', () => {
    expect(mapResponse(502, NGINX_502, { method: 'POST' })).toMatchObject({ kind: 'unknown_outcome', mayHaveApplied: true, retryable: false, guidance: 'check-before-resending', status: 502 })
    expect(mapResponse(504, null, { method: 'POST' })).toMatchObject({ kind: 'unknown_outcome', status: 504 })
  })

  it('408 → timeout that applied nothing, retryable', () => {
    expect(mapResponse(408, null, { method: 'POST' })).toMatchObject({ kind: 'timeout', mayHaveApplied: false, retryable: true })
  })

  it.each([
    ['empty body', null],
    ['empty string', ''],
    ['whitespace', '  \r\n '],
    ['JSON null detail', { detail: null }],
    ['JSON number', 42],
    ['JSON array', [1, 2, 3]],
    ['detail object', { detail: { nested: { deep: true } } }],
    ['truncated JSON', '{"detail": "Campaign not fou'],
    ['binary garbage', '\u0000\u0001\u00ff\ufffd'.repeat(1000)],
    ['oversized text', 'x'.repeat(2_000_000)],
    ['oversized detail', { detail: 'y'.repeat(2_000_000) }]
  ])('every status survives a %s body and stays inside the schema', (_, body) => {
    for (const status of [400, 401, 403, 404, 405, 408, 409, 410, 413, 422, 429, 500, 501, 502, 503, 504, 302]) {
      const e = mapResponse(status, body)
      expect(e.status).toBe(status)
      expect(e.message.length).toBeGreaterThan(0)
      expect(AppErrorSchema.safeParse(e).success).toBe(true)
    }
  })

  it('3xx reaching the mapper points at the Base URL', () => {
    expect(mapResponse(302, null)).toMatchObject({ kind: 'server', guidance: 'check-base-url', retryable: false })
  })
})

describe('the fields every error carries', () => {
  it('status, operation, requestId (ours when the response has none), timestamp, retryable, attempts, guidance', () => {
    const e = mapResponse(500, null, { operation: 'campaigns.list', attempts: 3 })
    expect(e).toMatchObject({ status: 500, operation: 'campaigns.list', requestId: SENT_ID, timestamp: '2026-01-01T12:00:00.000Z', retryable: true, attempts: 3, guidance: 'retry-later' })
  })

  it('prefers the response’s X-Request-ID, unless it is unusable', () => {
    expect(mapResponse(404, null, { headers: { 'X-Request-ID': 'srv-42' } }).requestId).toBe('srv-42')
    expect(mapResponse(404, null, { headers: { 'X-Request-ID': 'x'.repeat(500) } }).requestId).toBe(SENT_ID)
    expect(mapResponse(404, null, { headers: { 'X-Request-ID': 'has space' } }).requestId).toBe(SENT_ID)
  })

  it('never carries a key the server echoed, nor headers', () => {
    const canary = 'cs_live_CANARYa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8'
    const headers = { 'X-API-Key': canary, 'Set-Cookie': 'session=abc' }
    for (const status of [400, 401, 403, 404, 409, 422, 500]) {
      const text = JSON.stringify(mapResponse(status, { detail: `Key ${canary} rejected`, required: [canary], granted: [] }, { headers }))
      expect(text).not.toContain('CANARY')
      expect(text).not.toContain('session=abc')
    }
    const issues = JSON.stringify(mapResponse(422, { detail: [{ loc: ['body', canary], msg: `bad ${canary}`, type: canary }] }))
    expect(issues).not.toContain('CANARY')
    expect(mapResponse(404, null, { headers: { 'X-Request-ID': canary } }).requestId).toBe(SENT_ID)
  })

  it('applies the caller’s redactor to server text (keys that do not look like keys)', () => {
    const redact = (t: string) => t.split('plainsecret99').join('[redacted]')
    const e = mapResponse(400, { detail: 'SMTP connection failed: login plainsecret99 refused' }, { operation: 'senders.create', redact })
    expect(JSON.stringify(e)).not.toContain('plainsecret99')
  })
})

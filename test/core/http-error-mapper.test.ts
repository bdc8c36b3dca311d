import { describe, expect, it } from 'vitest'
import { AppErrorSchema } from '../../src/shared/contract/app-error'
import { mapHttpFailure } from '../../src/main/core/errors/http-error-mapper'

const map = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  mapHttpFailure({ operation: 'campaigns.create', status, body, headers: new Headers(headers), requestId: 'req-1', attempts: 1, now: Date.UTC(2026, 0, 1, 12, 0, 0) })

describe('mapHttpFailure', () => {
  it('maps the documented 422 bodies to validation issues with form paths', () => {
    const e = map(422, { detail: [{ loc: ['body', 'name'], msg: 'ensure this value has at least 8 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 8 } }] })
    expect(e.kind).toBe('validation')
    if (e.kind !== 'validation') return
    expect(e.issues).toEqual([{ loc: ['body', 'name'], path: 'name', msg: 'ensure this value has at least 8 characters', type: 'value_error.any_str.min_length', source: 'server' }])
    expect(e.guidance).toBe('fix-fields')
    expect(AppErrorSchema.safeParse(e).success).toBe(true)
  })
  it('treats a 400 whose detail is an array as validation too', () => {
    const e = map(400, { detail: [{ loc: ['body', 'variants', 1, 'email_content'], msg: 'field required', type: 'value_error.missing' }] })
    expect(e.kind === 'validation' && e.issues[0]?.path).toBe('variants.1.email_content')
  })
  it('keeps a 400 string detail verbatim as a business error', () => {
    const e = map(400, { detail: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.' })
    expect(e).toMatchObject({ kind: 'business', detail: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.', status: 400 })
  })
  it('maps both documented 401 bodies to an invalid-key auth error', () => {
    for (const detail of ['API key required. Include your API key in X-API-Key header.', 'Invalid or revoked API key']) {
      expect(map(401, { detail })).toMatchObject({ kind: 'auth', reason: 'invalid_key', guidance: 'replace-api-key' })
    }
  })
  it('carries required and granted scopes from a 403', () => {
    const e = map(403, { detail: 'Missing required scopes: campaigns:write', error: 'insufficient_scopes', required: ['campaigns:write'], granted: ['sender_accounts:read'] })
    expect(e).toMatchObject({ kind: 'forbidden', required: ['campaigns:write'], granted: ['sender_accounts:read'] })
    expect(e.message).toContain('campaigns:write')
  })
  it('computes retryAt from Retry-After, else from X-RateLimit-Reset', () => {
    expect(map(429, { detail: 'Rate limit exceeded. Retry after 60 seconds.' }, { 'retry-after': '30' })).toMatchObject({ kind: 'rate_limited', retryAt: '2026-01-01T12:00:30.000Z', retryable: true })
    const reset = Date.UTC(2026, 0, 1, 12, 1, 0) / 1000
    expect(map(429, { detail: 'x' }, { 'x-ratelimit-reset': String(reset) })).toMatchObject({ retryAt: '2026-01-01T12:01:00.000Z' })
    const none = map(429, { detail: 'x' })
    expect(none.kind === 'rate_limited' && none.retryAt).toBeUndefined()
  })
  it('separates 404, 409, 503 and other 5xx', () => {
    expect(map(404, { detail: 'Campaign not found' }).kind).toBe('not_found')
    expect(map(409, { detail: 'Sender account with email a@b.co already exists' }).kind).toBe('conflict')
    expect(map(503, null)).toMatchObject({ kind: 'unavailable', retryable: true })
    expect(map(500, 'Internal Server Error')).toMatchObject({ kind: 'server', retryable: true })
    expect(map(502, '<html><body>Bad gateway</body></html>').message).not.toContain('<html>')
  })
  it('stamps status, operation, request id and attempts on every error', () => {
    expect(map(500, null)).toMatchObject({ status: 500, operation: 'campaigns.create', requestId: 'req-1', attempts: 1 })
  })
})

import { describe, expect, it } from 'vitest'
import { DOC_401_INVALID, DOC_401_MISSING_G1, DOC_401_MISSING_G2, DOC_403_G1, DOC_403_G2, DOC_403_G2_ERRORS_PAGE, json } from './api-error-bodies'
import { asKind, mapResponse } from './map-helper'

describe('auth errors (401)', () => {
  it('an invalid or revoked key → invalid_key, replace the key', () => {
    expect(mapResponse(401, json(DOC_401_INVALID))).toMatchObject({ kind: 'auth', reason: 'invalid_key', guidance: 'replace-api-key', status: 401, retryable: false })
  })

  it.each([['G2', DOC_401_MISSING_G2], ['G1', DOC_401_MISSING_G1]])('the %s "API key required" body after we sent none → missing_key, add a key', (_, body) => {
    expect(mapResponse(401, json(body), { keySent: false })).toMatchObject({ kind: 'auth', reason: 'missing_key', guidance: 'add-api-key' })
  })

  it.each([['G2', DOC_401_MISSING_G2], ['G1', DOC_401_MISSING_G1]])('the %s "API key required" body although we sent a key → missing_key, the key was dropped on the way', (_, body) => {
    const e = mapResponse(401, json(body))
    expect(e).toMatchObject({ kind: 'auth', reason: 'missing_key', guidance: 'check-key-delivery' })
    expect(e.message).toContain('dropped')
  })

  it('with no words at all, whether we sent a key decides', () => {
    expect(mapResponse(401, null)).toMatchObject({ reason: 'invalid_key' })
    expect(mapResponse(401, null, { keySent: false })).toMatchObject({ reason: 'missing_key' })
    expect(mapResponse(401, { detail: 'API key required (invalid format)' })).toMatchObject({ reason: 'invalid_key' })
  })
})

describe('forbidden errors (403)', () => {
  it.each([['auth/scopes pages', DOC_403_G2], ['errors page, with `error`', DOC_403_G2_ERRORS_PAGE]])('carries required and granted from the G2 body (%s)', (_, body) => {
    const e = asKind(mapResponse(403, json(body)), 'forbidden')
    expect(e).toMatchObject({ required: ['campaigns:write'], granted: ['sender_accounts:read'], guidance: 'grant-scopes', status: 403, retryable: false })
    expect(e.message).toBe('The API key lacks the scope campaigns:write.')
    expect(e).not.toHaveProperty('error')
  })

  it('reads the required scope from the words of the G1 body', () => {
    expect(asKind(mapResponse(403, json(DOC_403_G1)), 'forbidden')).toMatchObject({ required: ['campaigns:write'], granted: [] })
  })

  it('falls back to the operation’s scope, and keeps junk out of the lists', () => {
    expect(asKind(mapResponse(403, { detail: 'Forbidden' }, { scope: 'campaigns:create' }), 'forbidden').required).toEqual(['campaigns:create'])
    const e = asKind(mapResponse(403, { detail: 'x', required: ['replies:read', 7, null, 'c'.repeat(500), '<b>x</b>', '*'], granted: 'campaigns:read' }), 'forbidden')
    expect(e.required).toEqual(['replies:read', '*'])
    expect(e.granted).toEqual([])
  })

  it('an HTML 403 from a proxy is still forbidden, with no markup in the message', () => {
    const e = mapResponse(403, '<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>')
    expect(e).toMatchObject({ kind: 'forbidden', required: [], message: '403 Forbidden' })
  })
})

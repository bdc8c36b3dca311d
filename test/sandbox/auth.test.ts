import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { call, startWithKey, tempDir } from './helpers'

describe('re-issuing a key by name', () => {
  it('keeps at most the live key and the one it replaced on disk, hashes only', async () => {
    const { dir, cleanup } = await tempDir()
    try {
      const sandbox = await startSandbox({ dataDir: dir })
      const keys = Array.from({ length: 5 }, () => sandbox.issueKey({ scopes: ['*'], name: 'Console (embedded)', replaceSameName: true }))
      const last = keys.at(-1)!
      expect((await call(sandbox, '/campaigns', { key: last })).status).toBe(200)
      expect((await call(sandbox, '/campaigns', { key: keys[3]! })).status).toBe(401)
      await sandbox.close()
      const text = await readFile(join(dir, 'state.json'), 'utf8')
      const state = JSON.parse(text) as { api_keys: Array<{ name: string; revoked: boolean }> }
      expect(state.api_keys.map((k) => k.revoked)).toEqual([true, false])
      for (const key of keys) expect(text).not.toContain(key.slice('cs_live_'.length))
      const again = await startSandbox({ dataDir: dir })
      expect((await call(again, '/campaigns', { key: last })).status).toBe(200)
      await again.close()
    } finally {
      await cleanup()
    }
  })
})

describe('sandbox auth, scopes and request ids', () => {
  let sandbox: SandboxHandle
  let fullKey: string

  beforeAll(async () => {
    ;({ sandbox, key: fullKey } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('answers 401 with the documented G2 body when X-API-Key is missing', async () => {
    const res = await call(sandbox, '/campaigns')
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ detail: 'API key required. Include your API key in X-API-Key header.' })
    expect(res.headers.get('x-ratelimit-limit')).toBeNull()
  })

  it('answers 401 "Invalid or revoked API key" for unknown, malformed and revoked keys', async () => {
    const unknown = `cs_live_${'a'.repeat(40)}`
    const revoked = sandbox.issueKey({ scopes: ['*'] })
    expect((await call(sandbox, '/campaigns', { key: revoked })).status).toBe(200)
    sandbox.revokeKey(revoked)
    for (const key of [unknown, 'not-a-key', `${fullKey}x`, revoked]) {
      const res = await call(sandbox, '/campaigns', { key })
      expect(res.status, key).toBe(401)
      expect(res.body).toEqual({ detail: 'Invalid or revoked API key' })
    }
  })

  it('issues keys in the documented format', () => {
    expect(sandbox.issueKey({ scopes: ['campaigns:read'] })).toMatch(/^cs_live_[A-Za-z0-9]{40}$/)
    expect(() => sandbox.issueKey({ scopes: [''] })).toThrow(TypeError)
  })

  it('issues a chosen key (canary tests) only in the production format and only once', async () => {
    const chosen = `cs_live_${'Q'.repeat(40)}`
    expect(sandbox.issueKey({ scopes: ['campaigns:read'], key: chosen })).toBe(chosen)
    expect((await call(sandbox, '/campaigns?limit=1', { key: chosen })).status).toBe(200)
    expect(() => sandbox.issueKey({ scopes: ['*'], key: chosen })).toThrow(/already/)
    expect(() => sandbox.issueKey({ scopes: ['*'], key: 'cs_live_short' })).toThrow(TypeError)
  })

  it('replaceSameName revokes earlier keys of that name only', async () => {
    const first = sandbox.issueKey({ scopes: ['*'], name: 'Console (embedded)', replaceSameName: true })
    const other = sandbox.issueKey({ scopes: ['*'], name: 'Another tool' })
    const plain = sandbox.issueKey({ scopes: ['*'], name: 'Console (embedded)' })
    expect((await call(sandbox, '/campaigns', { key: first })).status).toBe(200)
    const second = sandbox.issueKey({ scopes: ['campaigns:read'], name: 'Console (embedded)', replaceSameName: true })
    for (const revoked of [first, plain]) {
      const res = await call(sandbox, '/campaigns', { key: revoked })
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ detail: 'Invalid or revoked API key' })
    }
    expect((await call(sandbox, '/campaigns', { key: second })).status).toBe(200)
    expect((await call(sandbox, '/campaigns', { key: other })).status).toBe(200)
  })

  it('answers 403 with required and granted scopes for a narrow key', async () => {
    const narrow = sandbox.issueKey({ scopes: ['campaigns:read', 'sender_accounts:read'] })
    const res = await call(sandbox, '/campaigns', { key: narrow, json: { name: 'Long enough name' } })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({
      detail: 'Missing required scopes: campaigns:create',
      error: 'insufficient_scopes',
      required: ['campaigns:create'],
      granted: ['campaigns:read', 'sender_accounts:read']
    })
    expect(res.headers.get('x-ratelimit-remaining')).not.toBeNull()
    expect((await call(sandbox, '/campaigns', { key: narrow })).status).toBe(200)
  })

  it('lets campaigns:all and * cover every campaign scope, and nothing else', async () => {
    const all = sandbox.issueKey({ scopes: ['campaigns:all'] })
    expect((await call(sandbox, '/campaigns', { key: all, json: { name: 'Scoped by all' } })).status).toBe(201)
    expect((await call(sandbox, '/campaigns', { key: fullKey, json: { name: 'Scoped by star' } })).status).toBe(201)
    const other = sandbox.issueKey({ scopes: ['leads:all'] })
    const res = await call(sandbox, '/campaigns', { key: other })
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ detail: 'Missing required scopes: campaigns:read', granted: ['leads:all'] })
  })

  it('honours G1 keys: <resource>:write covers create, update and delete of that resource, not reads or pause', async () => {
    const g1 = sandbox.issueKey({ scopes: ['campaigns:write', 'sender_accounts:write'] })
    const created = await call(sandbox, '/campaigns', { key: g1, json: { name: 'Created by a G1 key' } })
    expect(created.status).toBe(201)
    const id = (created.body as { campaign_id: string }).campaign_id
    expect((await call(sandbox, `/campaigns/${id}`, { key: g1, method: 'PUT', json: { name: 'Renamed by a G1 key' } })).status).toBe(200)
    expect((await call(sandbox, `/campaigns/${id}`, { key: g1 })).status).toBe(403)
    expect((await call(sandbox, `/campaigns/${id}/pause`, { key: g1, method: 'POST' })).body).toMatchObject({ required: ['campaigns:pause'] })
    expect((await call(sandbox, `/campaigns/${id}`, { key: g1, method: 'DELETE' })).status).toBe(200)
    expect((await call(sandbox, '/sender-accounts', { key: g1, json: {} })).status).toBe(422)
    expect((await call(sandbox, '/leads-unrelated', { key: g1 })).status).toBe(404)
  })

  it('puts X-Request-ID on every response and application/json on every JSON body', async () => {
    const responses = [
      await fetch(`${sandbox.baseUrl}/campaigns`, { headers: { 'X-API-Key': fullKey } }),
      await fetch(`${sandbox.baseUrl}/campaigns`),
      await fetch(`${sandbox.baseUrl}/campaigns`, { method: 'PATCH', headers: { 'X-API-Key': fullKey } }),
      await fetch(`${sandbox.url}/outside`),
      await fetch(`${sandbox.baseUrl}/analytics/campaigns`, { headers: { 'X-API-Key': fullKey } })
    ]
    for (const res of responses) {
      expect(res.headers.get('x-request-id'), res.url).toMatch(/^[0-9a-f-]{36}$/)
      expect(res.headers.get('content-type'), res.url).toBe('application/json')
      await res.arrayBuffer()
    }
    const redirect = await fetch(`${sandbox.baseUrl}/campaigns/`, { redirect: 'manual' })
    expect(redirect.headers.get('x-request-id')).not.toBeNull()
  })

  it('echoes a client X-Request-ID and generates one otherwise, on success and error alike', async () => {
    const echoed = await call(sandbox, '/campaigns', { key: fullKey, headers: { 'X-Request-ID': 'req-123' } })
    expect(echoed.headers.get('x-request-id')).toBe('req-123')
    const unauth = await call(sandbox, '/campaigns')
    expect(unauth.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const other = await call(sandbox, '/campaigns')
    expect(other.headers.get('x-request-id')).not.toBe(unauth.headers.get('x-request-id'))
  })

  it('answers FastAPI defaults for unknown routes and wrong methods', async () => {
    const unknown = await call(sandbox, '/nothing-here', { key: fullKey })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({ detail: 'Not Found' })
    const outside = await fetch(`${sandbox.url}/campaigns`)
    expect(outside.status).toBe(404)
    expect(await outside.json()).toEqual({ detail: 'Not Found' })
    const wrong = await call(sandbox, '/campaigns', { key: fullKey, method: 'DELETE' })
    expect(wrong.status).toBe(405)
    expect(wrong.body).toEqual({ detail: 'Method Not Allowed' })
    expect(wrong.headers.get('allow')).toBe('GET, POST')
  })

  it('redirects a trailing slash to the route without it (307)', async () => {
    const res = await fetch(`${sandbox.baseUrl}/campaigns/?page=2`, { redirect: 'manual', headers: { 'X-API-Key': fullKey } })
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe(`${sandbox.baseUrl}/campaigns?page=2`)
  })
})

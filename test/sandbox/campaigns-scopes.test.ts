import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { call, startWithKey } from './helpers'
import { NO_RATE_LIMIT } from './campaigns-fixtures'

const UNKNOWN_ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
/** Every C4–C7 route: method, path suffix and the scope it needs. */
const ROUTES = [
  ['PUT', '', 'campaigns:update'],
  ['POST', '/pause', 'campaigns:pause'],
  ['POST', '/activate', 'campaigns:activate'],
  ['POST', '/resume', 'campaigns:activate'],
  ['DELETE', '', 'campaigns:delete']
] as const

describe('C4–C7 scopes and campaign ids', () => {
  let sandbox: SandboxHandle
  const keys = new Map<string, string>()
  const send = (key: string, method: string, suffix: string, id = UNKNOWN_ID) =>
    call(sandbox, `/campaigns/${id}${suffix}`, { key, method, json: method === 'PUT' ? { name: 'A fine campaign name' } : undefined })

  beforeAll(async () => {
    ;({ sandbox } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
    for (const scopes of [['campaigns:read', 'leads:all'], ['campaigns:all'], ...ROUTES.map(([, , scope]) => [scope])]) {
      keys.set(scopes.join(' '), sandbox.issueKey({ scopes }))
    }
  })
  afterAll(() => sandbox.close())

  it.each(ROUTES)('%s /campaigns/{id}%s needs %s (403 with required and granted)', async (method, suffix, scope) => {
    const res = await send(keys.get('campaigns:read leads:all')!, method, suffix)
    expect(res.status).toBe(403)
    expect(res.body).toEqual({
      detail: `Missing required scopes: ${scope}`,
      error: 'insufficient_scopes',
      required: [scope],
      granted: ['campaigns:read', 'leads:all']
    })
  })

  it.each(ROUTES)('%s /campaigns/{id}%s passes with exactly its scope or campaigns:all, then 404s an unknown id', async (method, suffix, scope) => {
    for (const key of [keys.get(scope)!, keys.get('campaigns:all')!]) {
      const res = await send(key, method, suffix)
      expect([res.status, res.body]).toEqual([404, { detail: 'Campaign not found' }])
    }
  })

  it.each(ROUTES)('%s /campaigns/{id}%s answers 422 type_error.uuid for a malformed id', async (method, suffix) => {
    const res = await send(keys.get('campaigns:all')!, method, suffix, 'not-a-uuid')
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ detail: [{ loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }] })
  })

  it('answers 405 for methods the campaign paths do not serve', async () => {
    const res = await call(sandbox, `/campaigns/${UNKNOWN_ID}/pause`, { key: keys.get('campaigns:all')!, method: 'GET' })
    expect([res.status, res.headers.get('allow')]).toEqual([405, 'POST'])
  })
})

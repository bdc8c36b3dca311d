import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { call, startWithKey } from './helpers'

const ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
/** Every sender-accounts route: method, path, the scope it needs, and the JSON body to send (if any). */
const ROUTES: Array<[method: string, path: string, scope: string, json: unknown]> = [
  ['POST', '/sender-accounts/smtp', 'sender_accounts:create', {}],
  ['POST', '/sender-accounts', 'sender_accounts:create', {}],
  ['POST', '/sender-accounts/smtp/bulk', 'sender_accounts:create', {}],
  ['GET', '/sender-accounts/smtp/bulk/some-job/progress', 'sender_accounts:read', undefined],
  ['GET', '/sender-accounts', 'sender_accounts:read', undefined],
  ['GET', `/sender-accounts/${ID}`, 'sender_accounts:read', undefined],
  ['GET', `/sender-accounts/${ID}/health`, 'sender_accounts:read', undefined],
  ['POST', `/sender-accounts/${ID}/test-email`, 'sender_accounts:read', { recipient_email: 'qa@receiver.example' }],
  ['POST', `/sender-accounts/${ID}/pause`, 'sender_accounts:create', undefined],
  ['POST', `/sender-accounts/${ID}/resume`, 'sender_accounts:create', undefined],
  ['DELETE', `/sender-accounts/${ID}`, 'sender_accounts:delete', undefined],
  ['POST', '/sender-accounts/bulk/delete', 'sender_accounts:delete', {}],
  ['GET', `/sender-accounts/bulk/delete/${ID}/progress`, 'sender_accounts:read', undefined]
]
const NARROW = ['campaigns:all', 'leads:all']

describe('sender-accounts scopes', () => {
  let sandbox: SandboxHandle
  const keys = new Map<string, string>()
  const send = (key: string, method: string, path: string, json?: unknown) => call(sandbox, path, { key, method, json })

  beforeAll(async () => {
    ;({ sandbox } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
    for (const scopes of [NARROW, ['sender_accounts:all'], ['sender_accounts:create'], ['sender_accounts:read'], ['sender_accounts:delete']]) {
      keys.set(scopes.join(' '), sandbox.issueKey({ scopes }))
    }
  })
  afterAll(() => sandbox.close())

  it.each(ROUTES)('%s %s needs %s: 403 with required and granted, before any validation', async (method, path, scope, json) => {
    const res = await send(keys.get(NARROW.join(' '))!, method, path, json)
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ detail: `Missing required scopes: ${scope}`, error: 'insufficient_scopes', required: [scope], granted: NARROW })
  })

  it.each(ROUTES)('%s %s passes with exactly %s or sender_accounts:all', async (method, path, scope, json) => {
    for (const key of [keys.get(scope)!, keys.get('sender_accounts:all')!]) {
      const res = await send(key, method, path, json)
      expect([path, res.status]).toEqual([path, expect.toSatisfy((s: number) => [200, 404, 422].includes(s))])
    }
  })

  it('does not let a read-only key create, pause or delete', async () => {
    const read = keys.get('sender_accounts:read')!
    for (const [method, path, scope, json] of ROUTES.filter((r) => r[2] !== 'sender_accounts:read')) {
      expect([path, scope, (await send(read, method, path, json)).status]).toEqual([path, scope, 403])
    }
  })
})

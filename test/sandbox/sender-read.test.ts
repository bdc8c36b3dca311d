import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { call, startWithKey } from './helpers'
import { secretKeys } from './sender-fixtures'

const UNKNOWN_ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
/** Every field of an S9 item, in order; nothing else (above all no password or credentials). */
const ITEM_KEYS = [
  'inbox_id',
  'email_address',
  'display_name',
  'inbox_type',
  'daily_limit',
  'overall_status',
  'created_at',
  'updated_at',
  'smtp_host',
  'smtp_port',
  'smtp_username',
  'smtp_use_tls',
  'imap_host',
  'imap_port',
  'imap_username',
  'imap_use_ssl',
  'sent_today',
  'health'
]

type Item = Record<string, unknown> & { inbox_id: string; email_address: string; display_name: string; inbox_type: string; overall_status: string; created_at: string }
interface ListBody {
  success: boolean
  message: string
  sender_accounts: Item[]
  pagination: { page: number; limit: number; total: number; pages: number; has_next: boolean; has_prev: boolean }
}

describe('S9 list and S10 get (seeded inboxes)', () => {
  let sandbox: SandboxHandle
  let key: string
  let all: Item[]
  const list = async (query: string) => {
    const res = await call(sandbox, `/sender-accounts${query}`, { key })
    expect(res.status).toBe(200)
    return res.body as ListBody
  }

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
    all = (await list('?limit=100')).sender_accounts
  })
  afterAll(() => sandbox.close())

  it('lists every inbox newest first with the default page of 20, and only the documented settings', async () => {
    const body = await list('')
    expect(body).toMatchObject({ success: true, message: 'Sender accounts retrieved successfully' })
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: 12, pages: 1, has_next: false, has_prev: false })
    expect(body.sender_accounts.map((a) => a.inbox_id)).toEqual(all.map((a) => a.inbox_id))
    const created = all.map((a) => a.created_at)
    expect(created).toEqual([...created].sort().reverse())
    for (const item of body.sender_accounts) expect(Object.keys(item)).toEqual(ITEM_KEYS)
    expect(secretKeys(body)).toEqual([])
    expect(Object.keys(all[0]!['health'] as object)).toEqual(['smtp_ok', 'imap_ok', 'last_checked_at', 'last_error'])
  })

  it('pages with page/limit: stable, disjoint pages that cover everything, and an empty page past the end', async () => {
    const pages = [await list('?limit=5&page=1'), await list('?limit=5&page=2'), await list('?limit=5&page=3')]
    expect(pages.map((p) => p.sender_accounts.length)).toEqual([5, 5, 2])
    expect(pages.flatMap((p) => p.sender_accounts.map((a) => a.inbox_id))).toEqual(all.map((a) => a.inbox_id))
    expect(pages.map((p) => [p.pagination.has_prev, p.pagination.has_next, p.pagination.pages])).toEqual([
      [false, true, 3],
      [true, true, 3],
      [true, false, 3]
    ])
    const past = await list('?limit=5&page=9')
    expect([past.sender_accounts, past.pagination.total, past.pagination.has_prev]).toEqual([[], 12, true])
  })

  it('filters by status and inbox_type (case-insensitive) and searches address and display name', async () => {
    const active = await list('?status=active')
    expect(active.sender_accounts.length).toBe(all.filter((a) => a.overall_status === 'ACTIVE').length)
    expect(active.sender_accounts.every((a) => a.overall_status === 'ACTIVE')).toBe(true)
    const outlookPaused = await list('?inbox_type=outlook_365&status=PAUSED')
    expect(outlookPaused.sender_accounts.map((a) => [a.inbox_type, a.overall_status])).toEqual([['OUTLOOK_365', 'PAUSED']])
    expect((await list('?search=QUILLSTACK')).sender_accounts.every((a) => a.email_address.endsWith('@quillstack.example'))).toBe(true)
    expect((await list('?search=maya chen')).sender_accounts.map((a) => a.display_name)).toEqual(['Maya Chen'])
    expect((await list('?status=ARCHIVED')).pagination.total).toBe(0)
    expect((await list('?status=&inbox_type=')).pagination.total).toBe(12)
  })

  it('gets one inbox: the list item plus success and message, never a secret', async () => {
    const [first] = all
    const res = await call(sandbox, `/sender-accounts/${first!.inbox_id}`, { key })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ success: true, message: 'Sender account retrieved successfully', ...first })
    expect(secretKeys(res.body)).toEqual([])
    const upper = await call(sandbox, `/sender-accounts/${first!.inbox_id.toUpperCase()}`, { key })
    expect((upper.body as Item).inbox_id).toBe(first!.inbox_id)
  })

  it('answers 404 for an unknown id and 422 type_error.uuid for a malformed one', async () => {
    expect(await call(sandbox, `/sender-accounts/${UNKNOWN_ID}`, { key })).toMatchObject({ status: 404, body: { detail: 'Sender account not found' } })
    const bad = await call(sandbox, '/sender-accounts/not-a-uuid', { key })
    expect([bad.status, bad.body]).toEqual([422, { detail: [{ loc: ['path', 'inbox_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }] }])
    for (const [method, suffix] of [['GET', '/health'], ['POST', '/pause'], ['POST', '/resume'], ['DELETE', '']] as const) {
      const res = await call(sandbox, `/sender-accounts/123${suffix}`, { key, method })
      expect([method, suffix, res.status]).toEqual([method, suffix, 422])
      const missing = await call(sandbox, `/sender-accounts/${UNKNOWN_ID}${suffix}`, { key, method })
      expect([method, suffix, missing.status, missing.body]).toEqual([method, suffix, 404, { detail: 'Sender account not found' }])
    }
  })

  it('answers 404 for unknown bulk job ids on both progress paths', async () => {
    for (const path of ['/sender-accounts/smtp/bulk/nope/progress', `/sender-accounts/bulk/delete/${UNKNOWN_ID}/progress`]) {
      expect(await call(sandbox, path, { key })).toMatchObject({ status: 404, body: { detail: 'Bulk job not found' } })
    }
  })
})

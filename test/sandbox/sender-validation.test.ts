import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { call, startWithKey } from './helpers'
import { expectNoSecret } from './sender-fixtures'

/** The S1 required fields in the documented order (how Pydantic reports them). */
const REQUIRED = [
  'email_address',
  'display_name',
  'inbox_type',
  'smtp_host',
  'smtp_port',
  'smtp_username',
  'smtp_password',
  'imap_host',
  'imap_port',
  'imap_username',
  'imap_password'
]
const SECRET = 'Val1dation-Secret-55e0'
const ENUM_MSG = "value is not a valid enumeration member; permitted: 'GOOGLE_WORKSPACE', 'OUTLOOK_365', 'CUSTOM_SMTP'"
const CREATE_PATHS = ['/sender-accounts/smtp', '/sender-accounts']

// A body that passes validation; no server listens on port 1, but these tests never get that far (422 or 409 first).
function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email_address: 'new.sender@acme-mail.example',
    display_name: 'New Sender',
    inbox_type: 'CUSTOM_SMTP',
    smtp_host: '127.0.0.1',
    smtp_port: 1,
    smtp_username: 'new.sender@acme-mail.example',
    smtp_password: SECRET,
    imap_host: '127.0.0.1',
    imap_port: 1,
    imap_username: 'new.sender@acme-mail.example',
    imap_password: SECRET,
    ...overrides
  }
}

const notLe = (field: string, n: number) => ({ loc: ['body', field], msg: `ensure this value is less than or equal to ${n}`, type: 'value_error.number.not_le', ctx: { limit_value: n } })
const notGe = (field: string, n: number) => ({ loc: ['body', field], msg: `ensure this value is greater than or equal to ${n}`, type: 'value_error.number.not_ge', ctx: { limit_value: n } })

describe('S0/S1 request validation (422, Pydantic v1) and duplicates (409)', () => {
  let sandbox: SandboxHandle
  let key: string
  /** Seeded addresses, one per inbox type, to provoke 409s that prove a body passed validation. */
  const seeded = new Map<string, string>()

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
    const list = await call(sandbox, '/sender-accounts?limit=100', { key })
    for (const a of (list.body as { sender_accounts: Array<{ email_address: string; inbox_type: string }> }).sender_accounts) {
      seeded.set(a.inbox_type, a.email_address)
    }
  })
  afterAll(() => sandbox.close())

  it.each(CREATE_PATHS)('POST %s with {} reports every missing field at once, in field order', async (path) => {
    const res = await call(sandbox, path, { key, json: {} })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ detail: REQUIRED.map((f) => ({ loc: ['body', f], msg: 'field required', type: 'value_error.missing' })) })
  })

  it.each(CREATE_PATHS)('POST %s reports format, range, enum and type errors together without echoing any value', async (path) => {
    const res = await call(sandbox, path, {
      key,
      json: body({ email_address: 'not-an-email', inbox_type: 'GMAIL', smtp_port: 0, imap_port: 65536, smtp_use_tls: 'maybe', smtp_password: 'x'.repeat(256), daily_limit: 0 })
    })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['body', 'email_address'], msg: 'value is not a valid email address', type: 'value_error.email' },
        { loc: ['body', 'inbox_type'], msg: ENUM_MSG, type: 'type_error.enum', ctx: { enum_values: ['GOOGLE_WORKSPACE', 'OUTLOOK_365', 'CUSTOM_SMTP'] } },
        notGe('smtp_port', 1),
        { loc: ['body', 'smtp_password'], msg: 'ensure this value has at most 255 characters', type: 'value_error.any_str.max_length', ctx: { limit_value: 255 } },
        notLe('imap_port', 65535),
        notGe('daily_limit', 1),
        { loc: ['body', 'smtp_use_tls'], msg: 'value could not be parsed to a boolean', type: 'type_error.bool' }
      ]
    })
    expectNoSecret(res.body, ['x'.repeat(20), 'not-an-email', 'GMAIL'])
  })

  it('checks email length (5–255) before the address format, and refuses reserved domains like .test', async () => {
    const short = await call(sandbox, '/sender-accounts/smtp', { key, json: body({ email_address: 'a@b' }) })
    expect((short.body as { detail: unknown[] }).detail).toEqual([
      { loc: ['body', 'email_address'], msg: 'ensure this value has at least 5 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 5 } }
    ])
    const reserved = await call(sandbox, '/sender-accounts/smtp', { key, json: body({ email_address: 'someone@mail.test' }) })
    expect((reserved.body as { detail: Array<{ type: string }> }).detail.map((d) => d.type)).toEqual(['value_error.email'])
  })

  it.each([
    ['GOOGLE_WORKSPACE', 2000],
    ['OUTLOOK_365', 5000],
    ['CUSTOM_SMTP', 100_000]
  ])('caps daily_limit for %s at its provider maximum %i (the maximum itself passes validation)', async (type, max) => {
    const over = await call(sandbox, '/sender-accounts/smtp', { key, json: body({ inbox_type: type, daily_limit: max + 1 }) })
    expect([over.status, over.body]).toEqual([422, { detail: [notLe('daily_limit', max)] }])
    const email = seeded.get(type)!
    const atMax = await call(sandbox, '/sender-accounts/smtp', { key, json: body({ inbox_type: type, daily_limit: max, email_address: email }) })
    expect([atMax.status, atMax.body]).toEqual([409, { detail: `Sender account with email ${email} already exists` }])
  })

  it('applies the overall maximum (100,000) when inbox_type itself is invalid', async () => {
    const res = await call(sandbox, '/sender-accounts/smtp', { key, json: body({ inbox_type: 'YAHOO', daily_limit: 100_001 }) })
    expect((res.body as { detail: Array<{ loc: unknown[] }> }).detail.map((d) => d.loc)).toEqual([
      ['body', 'inbox_type'],
      ['body', 'daily_limit']
    ])
  })

  it.each(CREATE_PATHS)('POST %s answers 409 for an address that exists, case-insensitively, before any connection check', async (path) => {
    const email = seeded.get('GOOGLE_WORKSPACE')!
    const [local, domain] = email.split('@') as [string, string]
    // EmailStr lower-cases the domain only, so the detail shows the local part as sent.
    const cases = [
      [email, email],
      [`${local.toUpperCase()}@${domain.toUpperCase()}`, `${local.toUpperCase()}@${domain}`]
    ]
    for (const [sent, shown] of cases) {
      const res = await call(sandbox, path, { key, json: body({ email_address: sent, inbox_type: 'GOOGLE_WORKSPACE' }) })
      expect([res.status, res.body]).toEqual([409, { detail: `Sender account with email ${shown} already exists` }])
      expectNoSecret(res.body, [SECRET])
    }
  })

  it('validates S2 bulk bodies: 1–100 items, each item at ["body","inboxes",i,…]', async () => {
    const empty = await call(sandbox, '/sender-accounts/smtp/bulk', { key, json: { inboxes: [] } })
    expect(empty.body).toEqual({ detail: [{ loc: ['body', 'inboxes'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } }] })
    const many = await call(sandbox, '/sender-accounts/smtp/bulk', { key, json: { inboxes: Array.from({ length: 101 }, () => body()) } })
    expect((many.body as { detail: Array<{ type: string }> }).detail.map((d) => d.type)).toEqual(['value_error.list.max_items'])
    const items = await call(sandbox, '/sender-accounts/smtp/bulk', { key, json: { inboxes: [body(), body({ smtp_port: 'abc', display_name: undefined })] } })
    expect(items.status).toBe(422)
    expect(items.body).toEqual({
      detail: [
        { loc: ['body', 'inboxes', 1, 'display_name'], msg: 'field required', type: 'value_error.missing' },
        { loc: ['body', 'inboxes', 1, 'smtp_port'], msg: 'value is not a valid integer', type: 'type_error.integer' }
      ]
    })
  })

  it('validates S7: ids must be UUIDs and confirm_deletion must be present and true', async () => {
    const missing = await call(sandbox, '/sender-accounts/bulk/delete', { key, json: { inbox_ids: ['3c90c3cc-0d44-4b50-8888-8dd25736052a'] } })
    expect(missing.body).toEqual({ detail: [{ loc: ['body', 'confirm_deletion'], msg: 'field required', type: 'value_error.missing' }] })
    const refused = await call(sandbox, '/sender-accounts/bulk/delete', { key, json: { inbox_ids: ['nope'], confirm_deletion: false } })
    expect(refused.status).toBe(422)
    expect(refused.body).toEqual({
      detail: [
        { loc: ['body', 'inbox_ids', 0], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
        { loc: ['body', 'confirm_deletion'], msg: 'confirm_deletion must be true to delete sender accounts', type: 'value_error' }
      ]
    })
  })

  it('validates S9 paging and the S6/S13 inputs at their query and body locations', async () => {
    const list = await call(sandbox, '/sender-accounts?page=0&limit=101', { key })
    expect(list.body).toEqual({ detail: [notGe('page', 1), notLe('limit', 100)].map((d) => ({ ...d, loc: ['query', d.loc[1]] })) })
    const id = (await call(sandbox, '/sender-accounts?limit=1', { key })).body as { sender_accounts: Array<{ inbox_id: string }> }
    const inboxId = id.sender_accounts[0]!.inbox_id
    const health = await call(sandbox, `/sender-accounts/${inboxId}/health?refresh=maybe`, { key })
    expect(health.body).toEqual({ detail: [{ loc: ['query', 'refresh'], msg: 'value could not be parsed to a boolean', type: 'type_error.bool' }] })
    const testEmail = await call(sandbox, `/sender-accounts/${inboxId}/test-email`, { key, json: { recipient_email: 'nobody' } })
    expect(testEmail.body).toEqual({ detail: [{ loc: ['body', 'recipient_email'], msg: 'value is not a valid email address', type: 'value_error.email' }] })
    // An empty body and a malformed id: FastAPI lists the path problem first, then the missing body.
    const both = await call(sandbox, '/sender-accounts/not-a-uuid/test-email', { key, method: 'POST' })
    expect(both.body).toEqual({
      detail: [
        { loc: ['path', 'inbox_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
        { loc: ['body'], msg: 'field required', type: 'value_error.missing' }
      ]
    })
  })
})

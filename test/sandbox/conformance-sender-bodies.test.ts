import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { seededState } from '../../src/sandbox/seed/state'
import { type ApiResponse, type MailPeers, call, plantInbox, realInboxBody, startFromState, startMailPeers } from './helpers'

/**
 * Sender-account conformance beyond the endpoint matrix (API notes §2.3, §3.3, §3.5, §3.7, §4), against
 * real SMTP and IMAP servers: the S1 guide message, the documented invalid-email 422, the 409/400 error
 * bodies, the S2→S3 and S7→S8 job round trips with the documented request bodies, and credentials never
 * coming back. Rows needing IMAP are skipped, with the reason, where Dovecot cannot run.
 */

/** §3.3 "Invalid format" example (cut in the docs; Pydantic v1's full text), verbatim otherwise. */
const DOC_BAD_EMAIL = { detail: [{ loc: ['body', 'email_address'], msg: 'value is not a valid email address', type: 'value_error.email' }] }
/** §3.7 proposals, verbatim. */
const DOC_EXISTS = { detail: 'Sender account with email outreach@company.com already exists' }
const DOC_SMTP_AUTH = 'SMTP connection failed: authentication failed'
const DOC_IN_USE_ONE = 'Sender account is in use by 1 campaign(s) and cannot be deleted'
/** The S1 guide's message. */
const DOC_CREATED_MESSAGE = 'SMTP inbox created successfully'
/** Documented `overall_status` and `inbox_type` values (§4). */
const INBOX_STATUSES = ['PENDING', 'ACTIVE', 'PAUSED', 'DISABLED']

const TAKEN_ID = 'c3000000-0000-4000-8000-000000000001'
const UNKNOWN = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
type Body = Record<string, unknown>

describe('sender-account conformance: documented bodies and errors', () => {
  let sandbox: SandboxHandle
  let key: string
  let peers: MailPeers
  let cleanup: () => Promise<void> = async () => {}
  const send = (method: string, path: string, json?: unknown): Promise<ApiResponse> => call(sandbox, path, { key, method, json })
  const needsImap = (ctx: { skip: (note?: string) => never }) => {
    if (peers.imapSkip) ctx.skip(`needs a real IMAP server: ${peers.imapSkip}`)
  }
  // Polls a bulk job's progress until it is COMPLETED. Bulk creates run real mail checks, so the bound is a
  // deadline (a hang guard below the test timeout), not a count of polls that assumes how fast checks are.
  const finished = async (path: string): Promise<Body> => {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      const res = await send('GET', path)
      expect(res.status).toBe(200)
      const job = (res.body as { job: Body }).job
      if (job['status'] === 'COMPLETED') return res.body as Body
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`${path} did not complete`)
  }

  beforeAll(async () => {
    peers = await startMailPeers()
    const state = seededState(new Date())
    plantInbox(state, { inbox_id: TAKEN_ID, email_address: 'outreach@company.com' })
    const started = await startFromState(state, {
      mail: { trustedCa: [peers.ca] },
      tuning: { mailTimeoutMs: 1500 },
      rateLimit: { perMinute: 100_000, perHour: 1_000_000 }
    })
    sandbox = started.sandbox
    key = sandbox.issueKey({ scopes: ['*'], name: 'sender conformance' })
    cleanup = async () => {
      await started.cleanup()
      await peers.stop()
    }
  })
  afterAll(() => cleanup())

  it('S1: the guide message, a documented status, and no credentials in S1, S9, S10 or S13 bodies', async (ctx) => {
    needsImap(ctx)
    const created = await send('POST', '/sender-accounts/smtp', realInboxBody(peers, 'guide@acme-mail.example'))
    expect(created.status).toBe(201)
    const inbox = created.body as Body
    expect(inbox['message']).toBe(DOC_CREATED_MESSAGE)
    expect(INBOX_STATUSES).toContain(inbox['overall_status'])
    const id = inbox['inbox_id'] as string
    for (const res of [created, await send('GET', '/sender-accounts?limit=100'), await send('GET', `/sender-accounts/${id}`), await send('GET', `/sender-accounts/${id}/health`)]) {
      expect(res.status).toBe(200 + (res === created ? 1 : 0))
      expect(JSON.stringify(res.body)).not.toContain(peers.user.pass)
      expect(JSON.stringify(res.body)).not.toMatch(/password|credentials/)
    }
  })

  it('§3.3: the invalid email example, exactly', async () => {
    const res = await send('POST', '/sender-accounts/smtp', realInboxBody(peers, 'outreach-at-company.com'))
    expect([res.status, res.body]).toEqual([422, DOC_BAD_EMAIL])
    const legacy = await send('POST', '/sender-accounts', realInboxBody(peers, 'outreach-at-company.com'))
    expect([legacy.status, legacy.body]).toEqual([422, DOC_BAD_EMAIL])
  })

  it('§3.5: email already exists is a 409 with the proposed body, before any connection is tried', async () => {
    const res = await send('POST', '/sender-accounts/smtp', realInboxBody(peers, 'outreach@company.com'))
    expect([res.status, res.body]).toEqual([409, DOC_EXISTS])
  })

  it('§3.5: a failed connection test is a 400 whose detail starts with the proposed wording', async () => {
    const res = await send('POST', '/sender-accounts/smtp', realInboxBody(peers, 'wrong-pass@acme-mail.example', { smtp_password: 'not-the-password' }))
    expect(res.status).toBe(400)
    // The sandbox appends the server's own reply in parentheses, e.g. "(535 Invalid username or password)".
    expect((res.body as { detail: string }).detail.startsWith(DOC_SMTP_AUTH)).toBe(true)
    expect(JSON.stringify(res.body)).not.toContain('not-the-password')
  })

  it('§3.5: deleting an inbox a campaign uses is a 400 whose detail starts with the proposed wording; S7 skips it', async (ctx) => {
    needsImap(ctx)
    const inbox = (await send('POST', '/sender-accounts/smtp', realInboxBody(peers, 'in-use@acme-mail.example'))).body as Body
    const id = inbox['inbox_id'] as string
    const campaign = (await send('POST', '/campaigns', { name: 'Uses one inbox' })).body as Body
    expect((await send('PUT', `/campaigns/${String(campaign['campaign_id'])}`, { inbox_ids: [id] })).status).toBe(200)
    const refused = await send('DELETE', `/sender-accounts/${id}`)
    expect(refused.status).toBe(400)
    // The sandbox names the campaigns after the proposed sentence: "…cannot be deleted: Uses one inbox".
    expect((refused.body as { detail: string }).detail.startsWith(DOC_IN_USE_ONE)).toBe(true)

    // S7 with the documented request body; S8 reports deleted and skipped (in use / not found) items.
    const bulk = await send('POST', '/sender-accounts/bulk/delete', { inbox_ids: [id, UNKNOWN, TAKEN_ID], confirm_deletion: true })
    expect(bulk.status).toBe(202)
    expect(bulk.body).toMatchObject({ success: true, total: 3, deleted_count: 0, failed_count: 0, skipped_count: 0, results: [] })
    const progress = await finished(`/sender-accounts/bulk/delete/${String((bulk.body as Body)['job_id'])}/progress`)
    expect(progress['job']).toMatchObject({ total_rows: 3, processed_count: 3, progress_percentage: 100, deleted_count: 1, skipped_count: 2 })
    expect((await send('GET', `/sender-accounts/${TAKEN_ID}`)).status).toBe(404)
    expect((await send('GET', `/sender-accounts/${id}`)).status).toBe(200)
  })

  it('S7: confirm_deletion is required and must be true', async () => {
    const missing = await send('POST', '/sender-accounts/bulk/delete', { inbox_ids: [UNKNOWN] })
    expect(missing).toMatchObject({ status: 422, body: { detail: [{ loc: ['body', 'confirm_deletion'], msg: 'field required', type: 'value_error.missing' }] } })
    const no = await send('POST', '/sender-accounts/bulk/delete', { inbox_ids: [UNKNOWN], confirm_deletion: false })
    expect(no.status).toBe(422)
    expect((no.body as { detail: Array<{ loc: unknown[] }> }).detail.map((d) => d.loc)).toEqual([['body', 'confirm_deletion']])
  })

  it('S2 → S3: the documented `{"inboxes": [<S1 body>, …]}` runs the same checks per row, one result each', async (ctx) => {
    needsImap(ctx)
    const inboxes = [realInboxBody(peers, 'bulk-good@acme-mail.example'), realInboxBody(peers, 'bulk-bad@acme-mail.example', { smtp_password: 'nope' })]
    const started = await send('POST', '/sender-accounts/smtp/bulk', { inboxes })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ success: true, total: 2, success_count: 0, failed_count: 0, results: [] })
    const progress = await finished(`/sender-accounts/smtp/bulk/${String((started.body as Body)['job_id'])}/progress`)
    expect(progress['job']).toMatchObject({ total_rows: 2, processed_count: 2, success_count: 1, failed_count: 1, progress_percentage: 100 })
    const results = (progress['job'] as { results: Body[] }).results
    expect(results).toHaveLength(2)
    expect(JSON.stringify(results)).not.toContain(peers.user.pass)
  })

  it('S6 → S13: a test email really arrives, and a health refresh really checks both sides', async (ctx) => {
    needsImap(ctx)
    const inbox = (await send('POST', '/sender-accounts/smtp', realInboxBody(peers, 'tester@acme-mail.example'))).body as Body
    const id = inbox['inbox_id'] as string
    const sent = await send('POST', `/sender-accounts/${id}/test-email`, { recipient_email: 'someone@example.com' })
    expect(sent).toMatchObject({ status: 200, body: { inbox_id: id, inbox_email: 'tester@acme-mail.example', recipient_email: 'someone@example.com' } })
    const mail = await peers.smtp.waitForMessage((m) => m.to.includes('someone@example.com'))
    expect(mail.from).toBe('tester@acme-mail.example')
    const health = await send('GET', `/sender-accounts/${id}/health?refresh=true`)
    expect(health).toMatchObject({ status: 200, body: { smtp: { ok: true, error: null }, imap: { ok: true, error: null } } })
  })
})

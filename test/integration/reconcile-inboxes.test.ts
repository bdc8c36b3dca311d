import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { B, type Harness, failure, startHarness } from '../core/api/support/sandbox-harness'
import { DOVECOT_MISSING, MAIL_TIMEOUT_MS, type MailPeers, inboxBody, reportDovecotSkip, startMailPeers } from '../sandbox/sender-fixtures'

reportDovecotSkip('reconcile-inboxes')

// senders.create against real SMTP (smtp-server) and IMAP (Dovecot) checks, with the answer lost after commit.
describe.skipIf(DOVECOT_MISSING)('senders.create with lost responses: 0 duplicate inboxes', () => {
  let peers: MailPeers
  let h: Harness
  beforeAll(async () => {
    peers = await startMailPeers()
    h = await startHarness({ mail: { trustedCa: [peers.smtp.ca] }, tuning: { mailTimeoutMs: MAIL_TIMEOUT_MS } })
  })
  afterAll(async () => {
    await h?.close()
    await peers?.stop()
  })
  beforeEach(() => {
    h.sandbox.faults.clear()
  })

  const client = () => h.client({ timeoutMs: 15_000 })
  const inboxesWith = async (email: string) => {
    const body = (await client().call('senders.list', B.senderList, { search: email, limit: 100 })).body as { sender_accounts: Array<{ email_address: string; inbox_id: string }> }
    return body.sender_accounts.filter((i) => i.email_address === email)
  }

  it('commit then drop: the inbox is found by email and adopted; exactly one exists', async () => {
    const email = 'lost-answer@acme-mail.example'
    h.sandbox.faults.push({ kind: 'commit_then_drop', method: 'POST', path: '/sender-accounts/smtp', times: 1 })
    const result = await client().call('senders.create', B.senderCreate, inboxBody(peers, { email_address: email }))
    expect(h.sandbox.faults.log.at(-1)).toMatchObject({ kind: 'commit_then_drop', committed: true })
    expect(result.reconciliation?.verdict).toBe('found')
    expect(result.body).toMatchObject({ email_address: email, overall_status: 'ACTIVE', inbox_id: expect.any(String) })
    expect(JSON.stringify(result.body)).not.toContain(peers.pass)
    const stored = await inboxesWith(email)
    expect(stored.map((i) => i.inbox_id)).toEqual([(result.body as { inbox_id: string }).inbox_id])
  })

  it('a later resend gets 409, which names the existing inbox; still exactly one', async () => {
    const email = 'lost-answer@acme-mail.example'
    const error = await failure(client().call('senders.create', B.senderCreate, inboxBody(peers, { email_address: email })))
    expect(error).toMatchObject({ kind: 'conflict', status: 409, existing: { email, id: expect.any(String), status: 'ACTIVE' } })
    expect(await inboxesWith(email)).toHaveLength(1)
  })

  it('reset before the handler ran: not applied — safe to send again; the resend creates exactly one', async () => {
    const email = 'reset-first@acme-mail.example'
    h.sandbox.faults.push({ kind: 'reset', method: 'POST', path: '/sender-accounts/smtp', times: 1 })
    const error = await failure(client().call('senders.create', B.senderCreate, inboxBody(peers, { email_address: email })))
    expect(error).toMatchObject({ kind: 'unknown_outcome', retryable: true })
    expect(error.message).toContain('Nothing was created; it is safe to try again.')
    expect(await inboxesWith(email)).toHaveLength(0)
    await client().call('senders.create', B.senderCreate, inboxBody(peers, { email_address: email }))
    expect(await inboxesWith(email)).toHaveLength(1)
  })
})

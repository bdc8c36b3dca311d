import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type DovecotServer, type SilentServer, type SmtpServers, startDovecot, startSilentServer, startSmtpServers } from '../support/mail-servers'
import { type ApiResponse, call } from './helpers'
import { DOVECOT_MISSING, type InboxBody, inboxBody, reportDovecotSkip, startMailSandbox } from './sender-fixtures'

reportDovecotSkip('sender-shutdown')

/** Far longer than the 5 s bound below: only close() can end these checks in time. */
const SLOW_TIMEOUT_MS = 20_000
/** How long to wait for a socket to open or drop: a hang guard, well inside SLOW_TIMEOUT_MS so a drop still proves close() did it. */
const SOCKET_WAIT_MS = SLOW_TIMEOUT_MS / 2
const ABANDONED = 'check abandoned: the sandbox is shutting down'

// Waits until `test` holds (polling every 20 ms) or `ms` have passed; returns whether it held.
async function eventually(test: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (test()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return test()
}

describe('close() abandons pending mail work at once and drops its sockets', () => {
  let smtp: SmtpServers
  let imap: DovecotServer | null = null
  let silent: SilentServer | null = null
  const user = () => smtp.users[0]!

  beforeAll(async () => {
    smtp = await startSmtpServers({ flavours: ['starttls'] })
    if (!DOVECOT_MISSING) imap = await startDovecot()
  })
  afterEach(async () => {
    await silent?.stop()
    silent = null
  })
  afterAll(async () => {
    await smtp?.stop()
    await imap?.stop()
  })

  /**
   * Sends `path` while the server behind it hangs before its greeting, closes the sandbox 300 ms in, and
   * reports the answer, how long it took after close() began, and whether the hanging socket was dropped.
   */
  async function closeWhilePending(sandbox: SandboxHandle, key: string, path: string, body: InboxBody): Promise<{ res: ApiResponse; answerMs: number; dropped: boolean }> {
    let answeredAt = 0
    const pending = call(sandbox, path, { key, json: body }).finally(() => (answeredAt = Date.now()))
    expect(await eventually(() => silent!.openConnections() === 1, SOCKET_WAIT_MS)).toBe(true)
    await new Promise((r) => setTimeout(r, 300))
    const closedAt = Date.now()
    const closing = sandbox.close()
    const res = await pending
    const dropped = await eventually(() => silent!.openConnections() === 0, SOCKET_WAIT_MS)
    await closing
    return { res, answerMs: answeredAt - closedAt, dropped }
  }

  it('abandons a pending SMTP check: 400 at once, socket closed', async () => {
    silent = await startSilentServer()
    const { sandbox, key } = await startMailSandbox(smtp.ca, { tuning: { mailTimeoutMs: SLOW_TIMEOUT_MS } })
    const body = inboxBody({ smtp, imap: { port: 143 }, user: user().user, pass: user().pass }, { smtp_port: silent.port })
    const { res, answerMs, dropped } = await closeWhilePending(sandbox, key, '/sender-accounts/smtp', body)
    expect([res.status, res.body]).toEqual([400, { detail: `SMTP connection failed: ${ABANDONED}` }])
    expect(answerMs).toBeLessThan(5000)
    expect(dropped).toBe(true)
  })

  it('abandons a pending IMAP check: 400 at once, socket closed', async () => {
    silent = await startSilentServer()
    const { sandbox, key } = await startMailSandbox(smtp.ca, { tuning: { mailTimeoutMs: SLOW_TIMEOUT_MS } })
    const body = inboxBody({ smtp, imap: silent, user: user().user, pass: user().pass })
    const { res, answerMs, dropped } = await closeWhilePending(sandbox, key, '/sender-accounts/smtp', body)
    expect([res.status, res.body]).toEqual([400, { detail: `IMAP connection failed: ${ABANDONED}` }])
    expect(answerMs).toBeLessThan(5000)
    expect(dropped).toBe(true)
  })

  it.skipIf(DOVECOT_MISSING)('abandons a pending test email: 400 at once, socket closed', async () => {
    const own = await startSmtpServers({ flavours: ['starttls'] })
    const { sandbox, key } = await startMailSandbox(smtp.ca, { tuning: { mailTimeoutMs: SLOW_TIMEOUT_MS } })
    const created = await call(sandbox, '/sender-accounts/smtp', { key, json: inboxBody({ smtp: own, imap: imap!, user: user().user, pass: user().pass }) })
    expect(created.status).toBe(201)
    // The inbox's SMTP server is replaced, on the same port, by one that never greets.
    await own.stop()
    silent = await startSilentServer(own.ports.starttls)
    const path = `/sender-accounts/${(created.body as { inbox_id: string }).inbox_id}/test-email`
    const { res, answerMs, dropped } = await closeWhilePending(sandbox, key, path, { recipient_email: 'qa@receiver.example' })
    expect([res.status, res.body]).toEqual([400, { detail: `SMTP connection failed: ${ABANDONED}` }])
    expect(answerMs).toBeLessThan(5000)
    expect(dropped).toBe(true)
  })
})

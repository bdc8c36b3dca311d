import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type DovecotServer, type SmtpFlavour, type SmtpServers, startDovecot, startSmtpServers, testCertificate } from '../support/mail-servers'
import { lockPort } from '../support/port-lock'
import { call } from './helpers'
import { DOVECOT_MISSING, inboxBody, reportDovecotSkip, startMailSandbox } from './sender-fixtures'

const SUBMISSIONS = 465

// Why 127.0.0.1:465 cannot be used here (null when it can): the sandbox picks implicit TLS by that port number alone.
function port465Unavailable(): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(`cannot listen on 127.0.0.1:${SUBMISSIONS} (${err.code ?? err.message})`))
    probe.listen(SUBMISSIONS, '127.0.0.1', () => probe.close(() => resolve(null)))
  })
}

// Another test run on this machine may need 465 too: take turns rather than race for it.
const releasePort = await lockPort(SUBMISSIONS)
const PORT_MISSING = releasePort ? await port465Unavailable() : `another test run held 127.0.0.1:${SUBMISSIONS} for too long`
if (PORT_MISSING) releasePort?.()
if (PORT_MISSING) console.warn(`sender-smtp-465: skipping the port-465 tests: ${PORT_MISSING}`)
reportDovecotSkip('sender-smtp-465')

describe.skipIf(PORT_MISSING)('S1 on port 465: implicit TLS, whatever smtp_use_tls says', () => {
  let sandbox: SandboxHandle
  let key: string
  let imap: DovecotServer | null = null
  let smtp: SmtpServers | null = null
  // One flavour at a time on 465: stop the previous server first.
  const serve = async (flavour: SmtpFlavour) => {
    await smtp?.stop()
    smtp = await startSmtpServers({ flavours: [flavour], ports: { [flavour]: SUBMISSIONS } })
    return smtp
  }

  beforeAll(async () => {
    ;({ sandbox, key } = await startMailSandbox((await testCertificate()).cert))
    if (!DOVECOT_MISSING) imap = await startDovecot()
  })
  afterAll(async () => {
    await sandbox?.close()
    await smtp?.stop()
    await imap?.stop()
    releasePort?.()
  })

  it('fails with a TLS mismatch when 465 actually speaks plain SMTP/STARTTLS', async () => {
    const s = await serve('starttls')
    const body = inboxBody({ smtp: s, imap: { port: 143 }, user: s.users[0]!.user, pass: s.users[0]!.pass }, { smtp_port: SUBMISSIONS })
    const res = await call(sandbox, '/sender-accounts/smtp', { key, json: body })
    expect([res.status, res.body]).toEqual([400, { detail: 'SMTP connection failed: TLS mismatch: wrong version number (the port may not use implicit TLS)' }])
  })

  it.skipIf(DOVECOT_MISSING)('logs in with implicit TLS on 465 even when smtp_use_tls is false', async () => {
    const s = await serve('implicit')
    const user = s.users[0]!
    const body = inboxBody({ smtp: s, imap: imap!, user: user.user, pass: user.pass }, { smtp_port: SUBMISSIONS, smtp_use_tls: false })
    const res = await call(sandbox, '/sender-accounts/smtp', { key, json: body })
    expect([res.status, (res.body as { overall_status?: string }).overall_status]).toEqual([201, 'ACTIVE'])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { freePort } from '../support/mail-servers'
import { call } from './helpers'
import {
  DOVECOT_MISSING,
  type InboxBody,
  type MailPeers,
  expectNoSecret,
  inboxBody,
  reportDovecotSkip,
  secretKeys,
  startMailPeers,
  startMailSandbox
} from './sender-fixtures'

reportDovecotSkip('sender-create-checks')

/** A wrong password distinctive enough that finding it anywhere in an answer or a log line means it leaked. */
const WRONG = 'Wr0ng-Secret-7f3a91'
const GREETING_TIMEOUT = 'timed out waiting for the server greeting (the port may expect implicit TLS)'

describe.skipIf(DOVECOT_MISSING)('S1/S0 create: real SMTP (smtp-server) and IMAP (Dovecot) checks', () => {
  let peers: MailPeers
  let sandbox: SandboxHandle
  let key: string
  const log: string[] = []
  const create = (body: InboxBody, path = '/sender-accounts/smtp') => call(sandbox, path, { key, json: body })
  const stored = async () => ((await call(sandbox, '/sender-accounts', { key })).body as { sender_accounts: Array<{ email_address: string }> }).sender_accounts

  beforeAll(async () => {
    peers = await startMailPeers()
    ;({ sandbox, key } = await startMailSandbox(peers.smtp.ca, { log: (line) => log.push(line) }))
  })
  afterAll(async () => {
    await sandbox?.close()
    await peers?.stop()
  })

  it('creates an inbox after a real STARTTLS login on both sides, answering exactly the documented fields', async () => {
    const res = await create(inboxBody(peers, { email_address: 'starttls@acme-mail.example' }))
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      success: true,
      message: 'SMTP inbox created successfully',
      inbox_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      email_address: 'starttls@acme-mail.example',
      display_name: 'Acme Sender',
      inbox_type: 'CUSTOM_SMTP',
      daily_limit: 40,
      overall_status: 'ACTIVE',
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    })
    expectNoSecret(res.body, [peers.pass])
    const { inbox_id } = res.body as { inbox_id: string }
    const detail = await call(sandbox, `/sender-accounts/${inbox_id}`, { key })
    expect(detail.body).toMatchObject({ overall_status: 'ACTIVE', health: { smtp_ok: true, imap_ok: true, last_error: null } })
    const list = await call(sandbox, '/sender-accounts', { key })
    for (const body of [detail.body, list.body]) {
      expect(secretKeys(body)).toEqual([])
      expectNoSecret(body, [peers.pass])
    }
  })

  it('creates an inbox with implicit TLS on the IMAP side (imap_use_ssl on the 993-style port)', async () => {
    const res = await create(inboxBody(peers, { email_address: 'implicit@acme-mail.example', imap_port: peers.imap.securePort, imap_use_ssl: true }))
    expect([res.status, (res.body as { overall_status: string }).overall_status]).toEqual([201, 'ACTIVE'])
  })

  it('takes plain SMTP when smtp_use_tls is false and the server offers no STARTTLS (an explicit choice)', async () => {
    const res = await create(inboxBody(peers, { email_address: 'plain@acme-mail.example', smtp_port: peers.smtp.ports.noStarttls, smtp_use_tls: false }))
    expect(res.status).toBe(201)
  })

  it('creates through the legacy S0 path with the same checks', async () => {
    const ok = await create(inboxBody(peers, { email_address: 'legacy@acme-mail.example' }), '/sender-accounts')
    expect([ok.status, (ok.body as { message: string }).message]).toEqual([201, 'SMTP inbox created successfully'])
    const bad = await create(inboxBody(peers, { email_address: 'legacy-bad@acme-mail.example', smtp_password: WRONG }), '/sender-accounts')
    expect(bad.body).toEqual({ detail: 'SMTP connection failed: authentication failed (535 Invalid username or password)' })
    expect(bad.status).toBe(400)
  })

  /** Each failure: what to change in a good body, and the exact 400 detail (protocol + reason). */
  const failures: Array<[string, (p: MailPeers) => InboxBody | Promise<InboxBody>, string]> = [
    ['wrong SMTP password', () => ({ smtp_password: WRONG }), 'SMTP connection failed: authentication failed (535 Invalid username or password)'],
    [
      'wrong IMAP password',
      () => ({ imap_password: WRONG }),
      'IMAP connection failed: authentication failed (NO [AUTHENTICATIONFAILED] Authentication failed.)'
    ],
    ['wrong IMAP password on the implicit-TLS port', (p) => ({ imap_password: WRONG, imap_port: p.imap.securePort, imap_use_ssl: true }), 'IMAP connection failed: authentication failed (NO [AUTHENTICATIONFAILED] Authentication failed.)'],
    ['SMTP port with nothing listening', async () => ({ smtp_port: await freePort(), smtp_password: WRONG }), 'SMTP connection failed: connection refused'],
    ['IMAP port with nothing listening', async () => ({ imap_port: await freePort(), imap_password: WRONG }), 'IMAP connection failed: connection refused'],
    ['smtp_use_tls (STARTTLS) against an implicit-TLS SMTP port', (p) => ({ smtp_port: p.smtp.ports.implicit }), `SMTP connection failed: ${GREETING_TIMEOUT}`],
    [
      'smtp_use_tls false against a server that allows AUTH only after STARTTLS',
      () => ({ smtp_use_tls: false }),
      'SMTP connection failed: server requires STARTTLS before AUTH (turn on TLS) (538 Error: Must issue a STARTTLS command first)'
    ],
    [
      'smtp_use_tls against a server without STARTTLS',
      (p) => ({ smtp_port: p.smtp.ports.noStarttls }),
      'SMTP connection failed: server does not offer STARTTLS (500 Error: command not recognized)'
    ],
    [
      'imap_use_ssl (implicit TLS) against the STARTTLS IMAP port',
      () => ({ imap_use_ssl: true }),
      'IMAP connection failed: TLS mismatch: wrong version number (the port may not use implicit TLS)'
    ],
    ['imap_use_ssl false (STARTTLS) against the implicit-TLS IMAP port', (p) => ({ imap_port: p.imap.securePort, imap_use_ssl: false }), `IMAP connection failed: ${GREETING_TIMEOUT}`],
    ['an SMTP server that offers no AUTH (never a silent "verified")', (p) => ({ smtp_port: p.smtp.ports.noAuth }), 'SMTP connection failed: AUTH not offered by the server (500 Error: command not recognized)'],
    ['an SMTP host that does not resolve', () => ({ smtp_host: 'smtp.no-such-host.invalid' }), 'SMTP connection failed: host not found']
  ]

  it.each(failures)('refuses %s with 400 naming the protocol and the reason, storing nothing', async (_name, change, expected) => {
    const before = (await stored()).length
    const body = inboxBody(peers, { email_address: 'failing@acme-mail.example', ...(await change(peers)) })
    const res = await create(body)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ detail: expected })
    expectNoSecret(res.body, [WRONG, peers.pass])
    expect((await stored()).length).toBe(before)
  })

  it('refuses a server certificate it does not trust (no trustedCa): the checks verify certificates', async () => {
    const { sandbox: strict, key: strictKey } = await startMailSandbox(peers.smtp.ca, { mail: { trustedCa: [] } })
    try {
      const res = await call(strict, '/sender-accounts/smtp', { key: strictKey, json: inboxBody(peers) })
      expect([res.status, res.body]).toEqual([400, { detail: 'SMTP connection failed: certificate not trusted: self-signed certificate' }])
    } finally {
      await strict.close()
    }
  })

  it('never writes a password to the request log', () => {
    expect(log.length).toBeGreaterThan(10)
    expectNoSecret(log.join('\n'), [WRONG, peers.pass])
  })
})

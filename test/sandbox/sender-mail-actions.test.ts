import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { startSmtpServers } from '../support/mail-servers'
import { call } from './helpers'
import { DOVECOT_MISSING, type MailPeers, expectNoSecret, inboxBody, reportDovecotSkip, secretKeys, startMailPeers, startMailSandbox } from './sender-fixtures'

reportDovecotSkip('sender-mail-actions')

type Side = { ok: boolean | null; checked_at: string | null; error: string | null }
type Health = { smtp: Side; imap: Side } & Record<string, unknown>
const IMAP_AUTH_FAILED = 'authentication failed (NO [AUTHENTICATIONFAILED] Authentication failed.)'
const SMTP_AUTH_FAILED = 'authentication failed (535 Invalid username or password)'

describe.skipIf(DOVECOT_MISSING)('S6 test email and S13 health with real servers', () => {
  let peers: MailPeers
  let sandbox: SandboxHandle
  let key: string
  let inboxId: string
  const health = async (id: string, refresh: boolean) => {
    const res = await call(sandbox, `/sender-accounts/${id}/health${refresh ? '?refresh=true' : ''}`, { key })
    expect(res.status).toBe(200)
    expectNoSecret(res.body, [peers.pass])
    return res.body as Health
  }
  const sides = (h: Health) => ({ smtp: [h.smtp.ok, h.smtp.error], imap: [h.imap.ok, h.imap.error] })

  beforeAll(async () => {
    peers = await startMailPeers()
    ;({ sandbox, key } = await startMailSandbox(peers.smtp.ca))
    const created = await call(sandbox, '/sender-accounts/smtp', { key, json: inboxBody(peers) })
    expect(created.status).toBe(201)
    inboxId = (created.body as { inbox_id: string }).inbox_id
  })
  afterAll(async () => {
    await sandbox?.close()
    await peers?.stop()
  })

  it('sends a real test email through the inbox SMTP server, logged in, with the Message-ID it reports', async () => {
    const res = await call(sandbox, `/sender-accounts/${inboxId}/test-email`, { key, json: { recipient_email: 'qa@receiver.example' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      success: true,
      message: 'Test email sent successfully',
      inbox_id: inboxId,
      inbox_email: 'sender@acme-mail.example',
      recipient_email: 'qa@receiver.example',
      sent_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      message_id: expect.stringMatching(/^<.+@.+>$/)
    })
    const messageId = (res.body as { message_id: string }).message_id
    const got = await peers.smtp.waitForMessage((m) => m.to.includes('qa@receiver.example'))
    expect(got).toMatchObject({ server: 'starttls', user: peers.user, from: 'sender@acme-mail.example', subject: 'ColdSend test email' })
    expect(got.raw).toContain(`Message-ID: ${messageId}`)
    expect(got.raw).toMatch(/^From: "?Acme Sender"? <sender@acme-mail\.example>\r?$/m)
  })

  it('reports the creation checks as the last health, with sending headroom, and no secrets', async () => {
    const h = await health(inboxId, false)
    expect(sides(h)).toEqual({ smtp: [true, null], imap: [true, null] })
    expect(h).toMatchObject({ success: true, inbox_id: inboxId, overall_status: 'ACTIVE', daily_limit: 40, sent_today: 0, remaining_today: 40 })
    expect(h.smtp.checked_at).toMatch(/Z$/)
    expect(secretKeys(h)).toEqual([])
  })

  it('re-checks both sides on ?refresh=true: a password changed at the provider shows on that side only', async () => {
    await peers.imap.setPassword(peers.user, 'rotated-imap-pass')
    expect(sides(await health(inboxId, true))).toEqual({ smtp: [true, null], imap: [false, IMAP_AUTH_FAILED] })
    // Without refresh the stored result stays, and the detail view summarises it.
    expect(sides(await health(inboxId, false))).toEqual({ smtp: [true, null], imap: [false, IMAP_AUTH_FAILED] })
    const detail = (await call(sandbox, `/sender-accounts/${inboxId}`, { key })).body as { health: Record<string, unknown> }
    expect(detail.health).toMatchObject({ smtp_ok: true, imap_ok: false, last_error: `IMAP: ${IMAP_AUTH_FAILED}` })

    peers.smtp.setPassword(peers.user, 'rotated-smtp-pass')
    await peers.imap.setPassword(peers.user, peers.pass)
    expect(sides(await health(inboxId, true))).toEqual({ smtp: [false, SMTP_AUTH_FAILED], imap: [true, null] })
    const send = await call(sandbox, `/sender-accounts/${inboxId}/test-email`, { key, json: { recipient_email: 'qa@receiver.example' } })
    expect([send.status, send.body]).toEqual([400, { detail: `SMTP connection failed: ${SMTP_AUTH_FAILED}` }])

    peers.smtp.setPassword(peers.user, peers.pass)
    expect(sides(await health(inboxId, true))).toEqual({ smtp: [true, null], imap: [true, null] })
  })

  it('reports connection refused once the SMTP server is gone, for health and for a test email', async () => {
    const own = await startSmtpServers({ flavours: ['starttls'] })
    let stopped = false
    try {
      const created = await call(sandbox, '/sender-accounts/smtp', {
        key,
        json: inboxBody({ ...peers, smtp: own }, { email_address: 'short-lived@acme-mail.example' })
      })
      expect(created.status).toBe(201)
      const id = (created.body as { inbox_id: string }).inbox_id
      await own.stop()
      stopped = true
      expect(sides(await health(id, true))).toEqual({ smtp: [false, 'connection refused'], imap: [true, null] })
      const send = await call(sandbox, `/sender-accounts/${id}/test-email`, { key, json: { recipient_email: 'qa@receiver.example' } })
      expect([send.status, send.body]).toEqual([400, { detail: 'SMTP connection failed: connection refused' }])
    } finally {
      if (!stopped) await own.stop()
    }
  })
})

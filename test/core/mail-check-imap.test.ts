import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectMailCheck } from '../../src/main/core/mail-check'
import type { MailEndpoint, ProtocolResult } from '../../src/shared/contract/mail-check'
import { type DovecotServer, dovecotUnavailable, startDovecot } from '../support/mail-servers'

const USER = 'sender@acme-mail.example'
const PASS = 'right-pass-1'
const FAST = { dns: 1000, connect: 1000, tls: 2000, greeting: 2000, command: 2000, login: 4000 }
const unavailable = dovecotUnavailable()
if (unavailable) console.log(`[skip] IMAP mail-check tests: ${unavailable}`)

const statuses = (r: ProtocolResult | undefined) => Object.fromEntries((r?.steps ?? []).map((s) => [s.step, s.status]))

describe.skipIf(unavailable !== null)('IMAP mail check against a real Dovecot', () => {
  let dovecot: DovecotServer
  beforeAll(async () => {
    dovecot = await startDovecot()
  })
  afterAll(async () => {
    await dovecot?.stop()
  })

  let lines: string[] = []
  async function check(endpoint: Partial<MailEndpoint>) {
    lines = []
    const full: MailEndpoint = { host: '127.0.0.1', port: dovecot.securePort, mode: 'ssl', username: USER, password: PASS, ...endpoint }
    const { result } = await collectMailCheck({ imap: full }, { ca: dovecot.ca, timeouts: FAST, log: (l) => lines.push(l) })
    return result.imap
  }

  it('passes every step over implicit TLS (993-style) with AUTHENTICATE PLAIN', async () => {
    const r = await check({})
    expect(r?.ok).toBe(true)
    expect(statuses(r)).toEqual({ dns: 'ok', tcp: 'ok', tls: 'ok', greeting: 'ok', capabilities: 'ok', starttls: 'skipped', login: 'ok' })
    expect(String(r?.steps.find((s) => s.step === 'greeting')?.facts.banner)).toMatch(/^\* OK/)
    expect(r?.steps.find((s) => s.step === 'capabilities')?.facts.capabilities).toContain('IMAP4rev1')
    expect(r?.steps.find((s) => s.step === 'login')?.facts.mechanism).toBe('AUTHENTICATE PLAIN')
  })

  it('passes every step with STARTTLS (143-style)', async () => {
    const r = await check({ port: dovecot.port, mode: 'starttls' })
    expect(r?.ok).toBe(true)
    expect(statuses(r)).toEqual({ dns: 'ok', tcp: 'ok', greeting: 'ok', capabilities: 'ok', starttls: 'ok', tls: 'ok', login: 'ok' })
    expect(r?.steps.find((s) => s.step === 'tls')?.facts.capabilitiesAfterTls).toEqual(expect.arrayContaining(['AUTH=PLAIN']))
  })

  it('reports a wrong password from the server reply', async () => {
    const r = await check({ password: 'wrong-pass-9' })
    expect(statuses(r)).toMatchObject({ tls: 'ok', login: 'failed' })
    expect(r?.steps.find((s) => s.step === 'login')?.failure?.response).toMatch(/AUTHENTICATIONFAILED/)
    expect(r?.diagnosis).toMatchObject({ cause: 'wrong-password', fix: 'fix-wrong-password' })
    expect(lines.filter((l) => /^IMAP C: \S+ (AUTHENTICATE|LOGIN) /.test(l))).toHaveLength(1)
  })

  it('spots implicit TLS against the STARTTLS port and offers STARTTLS on it', async () => {
    const r = await check({ port: dovecot.port, mode: 'ssl' })
    expect(statuses(r)).toMatchObject({ tls: 'failed', login: 'skipped' })
    expect(r?.diagnosis).toMatchObject({ cause: 'tls-mode-mismatch', alternative: { port: dovecot.port, mode: 'starttls' } })
  })
})

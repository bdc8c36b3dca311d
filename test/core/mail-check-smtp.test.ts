import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectMailCheck, conventionalAlternative, probeAlternative } from '../../src/main/core/mail-check'
import type { MailCheckOptions } from '../../src/main/core/mail-check'
import { MailCheckEventSchema, MailCheckResultSchema, type MailEndpoint, type ProtocolResult } from '../../src/shared/contract/mail-check'
import { type SilentServer, type SmtpServers, freePort, startSilentServer, startSmtpServers } from '../support/mail-servers'

const USER = 'sender@acme-mail.example'
const PASS = 'right-pass-1'
const FAST = { dns: 1000, connect: 1000, tls: 1000, greeting: 600, command: 1000, login: 2000 }

let smtp: SmtpServers
let silent: SilentServer
let opts: MailCheckOptions

beforeAll(async () => {
  smtp = await startSmtpServers()
  silent = await startSilentServer()
  opts = { ca: smtp.ca, timeouts: FAST }
})
afterAll(async () => {
  await smtp.stop()
  await silent.stop()
})

const statuses = (r: ProtocolResult | undefined) => Object.fromEntries((r?.steps ?? []).map((s) => [s.step, s.status]))

async function check(endpoint: Partial<MailEndpoint>, options: MailCheckOptions = opts) {
  const full: MailEndpoint = { host: '127.0.0.1', port: smtp.ports.starttls, mode: 'starttls', username: USER, password: PASS, ...endpoint }
  const { steps, result } = await collectMailCheck({ smtp: full }, options)
  // Everything must be able to cross IPC as the contract describes it.
  MailCheckResultSchema.parse(result)
  for (const step of steps) MailCheckEventSchema.parse({ type: 'step', step })
  return { steps, smtp: result.smtp }
}

describe('SMTP mail check against real servers', () => {
  it('passes every step on a STARTTLS port, with TLS and EHLO facts', async () => {
    const { smtp: r, steps } = await check({})
    expect(r?.ok).toBe(true)
    expect(statuses(r)).toEqual({ dns: 'ok', tcp: 'ok', greeting: 'ok', capabilities: 'ok', starttls: 'ok', tls: 'ok', login: 'ok' })
    expect(steps.map((s) => s.step)).toEqual(['dns', 'tcp', 'greeting', 'capabilities', 'starttls', 'tls', 'login'])
    const tls = r?.steps.find((s) => s.step === 'tls')?.facts
    expect(tls?.protocol).toMatch(/^TLSv1\.[23]$/)
    expect(tls?.authorized).toBe(true)
    expect(tls?.certificate).toMatchObject({ subject: 'localhost', altNames: expect.arrayContaining(['DNS:localhost']) })
    expect(r?.steps.find((s) => s.step === 'capabilities')?.facts.starttls).toBe(true)
    expect(r?.steps.find((s) => s.step === 'login')?.facts.mechanism).toBe('PLAIN')
    expect(r?.diagnosis).toBeUndefined()
  })

  it('passes on an implicit-TLS port and skips STARTTLS', async () => {
    const { smtp: r } = await check({ port: smtp.ports.implicit, mode: 'ssl' })
    expect(r?.ok).toBe(true)
    expect(statuses(r)).toMatchObject({ tls: 'ok', greeting: 'ok', starttls: 'skipped', login: 'ok' })
    expect(r?.steps.map((s) => s.step).slice(0, 4)).toEqual(['dns', 'tcp', 'tls', 'greeting'])
  })

  it('reports a wrong password as such, after exactly one AUTH attempt', async () => {
    const lines: string[] = []
    const { smtp: r } = await check({ password: 'wrong-pass-9' }, { ...opts, log: (l) => lines.push(l) })
    expect(statuses(r)).toMatchObject({ tls: 'ok', login: 'failed' })
    expect(r?.diagnosis).toMatchObject({ cause: 'wrong-password', fix: 'fix-wrong-password' })
    expect(r?.steps.find((s) => s.step === 'login')?.failure?.responseCode).toBe(535)
    expect(lines.filter((l) => /C: AUTH /.test(l))).toHaveLength(1)
  })

  it('reports a server that offers no AUTH instead of passing without a login', async () => {
    const { smtp: r } = await check({ port: smtp.ports.noAuth })
    expect(r?.ok).toBe(false)
    expect(statuses(r)).toMatchObject({ starttls: 'ok', tls: 'ok', login: 'failed' })
    expect(r?.diagnosis).toMatchObject({ cause: 'no-auth-offered', fix: 'fix-no-auth-offered' })
  })

  it('says "you entered the MX host" when the no-AUTH host is the domain MX', async () => {
    const { smtp: r } = await check({ port: smtp.ports.noAuth }, { ...opts, resolveMx: async () => ['127.0.0.1.'] })
    expect(r?.diagnosis?.cause).toBe('mx-host-entered')
  })

  it('refuses to log in when the server offers no STARTTLS (never in cleartext)', async () => {
    const lines: string[] = []
    const { smtp: r } = await check({ port: smtp.ports.noStarttls }, { ...opts, log: (l) => lines.push(l) })
    expect(statuses(r)).toMatchObject({ capabilities: 'ok', starttls: 'failed', tls: 'skipped', login: 'skipped' })
    expect(r?.diagnosis?.cause).toBe('no-tls-offered')
    expect(lines.some((l) => /AUTH/.test(l) && l.includes('C: '))).toBe(false)
  })

  it('spots implicit TLS against a STARTTLS port and finds the working alternative', async () => {
    const { smtp: r } = await check({ mode: 'ssl' })
    expect(statuses(r)).toMatchObject({ dns: 'ok', tcp: 'ok', tls: 'failed', greeting: 'skipped', login: 'skipped' })
    expect(r?.diagnosis).toMatchObject({ cause: 'tls-mode-mismatch', fix: 'fix-tls-mode-mismatch' })
    expect(r?.diagnosis?.alternative).toMatchObject({ port: smtp.ports.starttls, mode: 'starttls', verified: true })
    expect(r?.diagnosis?.alternative?.greeting).toMatch(/ESMTP/)
    expect(await probeAlternative('smtp', '127.0.0.1', smtp.ports.starttls, 'ssl', opts)).toMatchObject({ mode: 'starttls' })
  })

  it('suggests the conventional pairing when no probe can confirm one', () => {
    expect(conventionalAlternative('smtp', 587, 'ssl')).toEqual({ port: 587, mode: 'starttls', verified: false })
    expect(conventionalAlternative('smtp', 465, 'starttls')).toEqual({ port: 465, mode: 'ssl', verified: false })
    expect(conventionalAlternative('smtp', 25, 'starttls')).toEqual({ port: 465, mode: 'ssl', verified: false })
    expect(conventionalAlternative('imap', 993, 'ssl')).toEqual({ port: 143, mode: 'starttls', verified: false })
  })

  it('spots plaintext against an implicit-TLS port (greeting timeout) and offers SSL/TLS', async () => {
    const { smtp: r } = await check({ port: smtp.ports.implicit, mode: 'starttls' })
    expect(statuses(r)).toMatchObject({ tcp: 'ok', greeting: 'failed' })
    expect(r?.diagnosis).toMatchObject({ cause: 'tls-mode-mismatch', alternative: { port: smtp.ports.implicit, mode: 'ssl' } })
  })

  it('reports a closed port as refused, and as a network block when the control target is closed too', async () => {
    const closed = await freePort()
    const { smtp: r } = await check({ port: closed })
    expect(statuses(r)).toMatchObject({ dns: 'ok', tcp: 'failed', greeting: 'skipped' })
    expect(r?.diagnosis?.cause).toBe('connection-refused')
    const open = await check({ port: closed }, { ...opts, controlTargets: { smtp: { host: '127.0.0.1', port: smtp.ports.starttls } } })
    expect(open.smtp?.diagnosis?.cause).toBe('connection-refused')
    const blocked = await check({ port: closed }, { ...opts, controlTargets: { smtp: { host: '127.0.0.1', port: await freePort() } } })
    expect(blocked.smtp?.diagnosis?.cause).toBe('network-blocks-port')
  })

  it('times out on a silent server and closes its connection', async () => {
    const started = Date.now()
    const { smtp: r } = await check({ port: silent.port })
    expect(Date.now() - started).toBeLessThan(8000)
    expect(statuses(r)).toMatchObject({ tcp: 'ok', greeting: 'failed', login: 'skipped' })
    expect(r?.steps.find((s) => s.step === 'greeting')?.failure?.code).toBe('GREETING_TIMEOUT')
    expect(r?.diagnosis?.cause).toBe('connection-timeout')
    await new Promise((done) => setTimeout(done, 100))
    expect(silent.openConnections()).toBe(0)
  })

  it('cancels at once: the waiting step fails with ABORTED, the socket closes, no diagnosis', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 150)
    const started = Date.now()
    const { smtp: r } = await check({ port: silent.port }, { ...opts, timeouts: { ...FAST, greeting: 10_000 }, signal: controller.signal })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(r).toMatchObject({ ok: false, cancelled: true })
    expect(r?.diagnosis).toBeUndefined()
    expect(r?.steps.find((s) => s.step === 'greeting')?.failure?.code).toBe('ABORTED')
    expect(statuses(r)).toMatchObject({ tcp: 'ok', greeting: 'failed', login: 'skipped' })
    await new Promise((done) => setTimeout(done, 100))
    expect(silent.openConnections()).toBe(0)
  })

  it('reports an unresolvable host (injected resolver) and a .invalid name', async () => {
    const enotfound = Object.assign(new Error('getaddrinfo ENOTFOUND smtp.nowhere.example'), { code: 'ENOTFOUND' })
    const { smtp: r } = await check({ host: 'smtp.nowhere.example' }, { ...opts, resolve: () => Promise.reject(enotfound) })
    expect(statuses(r)).toMatchObject({ dns: 'failed', tcp: 'skipped', login: 'skipped' })
    expect(r?.diagnosis).toMatchObject({ cause: 'host-not-found', fix: 'fix-host-not-found' })
    const real = await check({ host: 'smtp.does-not-exist.invalid' })
    expect(real.smtp?.diagnosis?.cause).toMatch(/^(host-not-found|dns-unavailable)$/)
  })

  it('stops at an untrusted self-signed certificate and shows its facts', async () => {
    const { smtp: r } = await check({ port: smtp.ports.implicit, mode: 'ssl' }, { timeouts: FAST })
    expect(statuses(r)).toMatchObject({ tcp: 'ok', tls: 'failed', greeting: 'skipped', login: 'skipped' })
    const failure = r?.steps.find((s) => s.step === 'tls')?.failure
    expect(failure?.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
    expect(failure?.certificate).toMatchObject({ subject: 'localhost', issuer: 'localhost', selfSigned: true })
    expect(r?.diagnosis).toMatchObject({ cause: 'certificate-untrusted', fix: 'fix-certificate-untrusted' })
    expect(r?.diagnosis?.detail).toContain('DNS:localhost')
  })

  it('stops at a certificate for another name (STARTTLS), naming the names it covers', async () => {
    const resolve = async () => ['127.0.0.1']
    const { smtp: r } = await check({ host: 'mail.customer-domain.example' }, { ...opts, resolve })
    expect(statuses(r)).toMatchObject({ starttls: 'ok', tls: 'failed', login: 'skipped' })
    expect(r?.steps.find((s) => s.step === 'tls')?.failure?.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID')
    expect(r?.diagnosis?.cause).toBe('certificate-wrong-name')
    expect(r?.diagnosis?.detail).toContain('DNS:localhost')
  })
})

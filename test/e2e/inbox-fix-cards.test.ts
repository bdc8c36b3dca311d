import { mkdirSync, mkdtempSync } from 'node:fs'
import { createServer as createNetServer, type Server as NetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { generate } from 'selfsigned'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CauseId } from '../../src/shared/contract/mail-check'
import { FIX_CARDS } from '../../src/shared/mail-fix-cards'
import { findChromium } from '../support/chromium'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'
import { startMailConsole, type MailConsole } from '../support/mail-console'
import { DEFAULT_MAIL_USERS, dovecotUnavailable, freePort, startEchoingSmtp, startSilentServer, type EchoingSmtpServer, type SilentServer } from '../support/mail-servers'

// One real failure per fix card the SMTP side can meet, each produced by a real server (or a real
// absence of one) on 127.0.0.1 and a real DNS server, tested through the wizard's Test step in
// Chromium; each card is checked by its title and photographed.

const chromiumPath = findChromium()
const dovecotMissing = dovecotUnavailable()
const skip = !chromiumPath.path ? chromiumPath.reason : dovecotMissing
if (skip) console.log(`[skip] e2e fix cards: ${skip}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'fix-cards')
const user = DEFAULT_MAIL_USERS[0]!

const listen = (server: NetServer | TlsServer) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)))
const close = (server: NetServer | TlsServer | undefined) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))

describe.skipIf(skip !== null)('every SMTP fix card from a real failure', () => {
  let stage: MailConsole
  let dns: TestDnsServer
  let silent: SilentServer
  let untrusted: TlsServer
  let closing: NetServer
  const scripted: EchoingSmtpServer[] = []
  const ports: Record<string, number> = {}

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    silent = await startSilentServer()
    const stranger = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048, algorithm: 'sha256' })
    untrusted = createTlsServer({ cert: stranger.cert, key: stranger.private }, (s) => s.on('error', () => {}).write('220 stranger ESMTP\r\n'))
    ports.untrusted = await listen(untrusted)
    closing = createNetServer((s) => s.destroy())
    ports.closing = await listen(closing)
    ports.closed = await freePort()
    for (const [name, line] of [
      ['m365', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'],
      ['apppw', '534 5.7.9 Application-specific password required.'],
      ['web', '534 5.7.14 Please log in via your web browser and then try again.'],
      ['busy', '454 4.7.0 Too many login attempts, please try again later.']
    ] as const) {
      const server = await startEchoingSmtp(() => line)
      scripted.push(server)
      ports[name] = server.port
    }
    stage = await startMailConsole({
      dataDir: mkdtempSync(join(tmpdir(), 'cs-fix-cards-')),
      chromium: chromiumPath.path as string,
      timeoutMs: 60_000,
      env: async ({ smtp, dovecot }) => {
        dns = await startDnsServer({
          'acme-mail.example': { MX: [{ exchange: 'mx.acme-mail.example', priority: 10 }] },
          'mx.acme-mail.example': { A: ['127.0.0.1'] },
          'mail.acme-mail.example': { A: ['127.0.0.1'] },
          '_submission._tcp.acme-mail.example': { SRV: [{ target: 'localhost', port: smtp.ports.starttls }] },
          '_imap._tcp.acme-mail.example': { SRV: [{ target: 'localhost', port: dovecot.port }] }
        })
        return { COLDSEND_DNS_SERVERS: dns.servers.join(','), COLDSEND_ISPDB_URL: 'off', COLDSEND_AUTOCONFIG_URL: 'http://127.0.0.1:9/' }
      }
    })
    const { page } = stage
    await page.goto(new URL('#/inboxes/new', stage.app.url).toString())
    await page.getByLabel('Email', { exact: true }).fill(user.user)
    await page.getByLabel('Email', { exact: true }).blur()
    await page.getByRole('group', { name: 'Settings found' }).waitFor()
    await page.getByLabel('Display name', { exact: true }).fill('Sender at Acme')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await page.getByLabel('SMTP password', { exact: true }).fill(user.pass)
    await page.getByRole('button', { name: 'Next', exact: true }).click()
  })

  afterAll(async () => {
    await stage?.stop()
    await dns?.close()
    await silent?.stop()
    await close(untrusted)
    await close(closing)
    for (const s of scripted) await s.close()
  })

  const cases: Array<[CauseId, () => { host: string; port: number; security: 'ssl' | 'starttls' }]> = [
    ['host-not-found', () => ({ host: 'nohost.acme-mail.example', port: 587, security: 'starttls' })],
    ['connection-refused', () => ({ host: '127.0.0.1', port: ports.closed!, security: 'starttls' })],
    ['mx-host-entered', () => ({ host: 'mx.acme-mail.example', port: ports.closed!, security: 'starttls' })],
    ['connection-timeout', () => ({ host: '127.0.0.1', port: silent.port, security: 'starttls' })],
    ['connection-closed', () => ({ host: '127.0.0.1', port: ports.closing!, security: 'starttls' })],
    ['certificate-wrong-name', () => ({ host: 'mail.acme-mail.example', port: stage.smtp.ports.implicit, security: 'ssl' })],
    ['certificate-untrusted', () => ({ host: 'localhost', port: ports.untrusted!, security: 'ssl' })],
    ['no-tls-offered', () => ({ host: '127.0.0.1', port: stage.smtp.ports.noStarttls, security: 'starttls' })],
    ['no-auth-offered', () => ({ host: '127.0.0.1', port: stage.smtp.ports.noAuth, security: 'starttls' })],
    ['smtp-auth-disabled', () => ({ host: 'localhost', port: ports.m365!, security: 'ssl' })],
    ['app-password-required', () => ({ host: 'localhost', port: ports.apppw!, security: 'ssl' })],
    ['web-login-required', () => ({ host: 'localhost', port: ports.web!, security: 'ssl' })],
    ['throttled', () => ({ host: 'localhost', port: ports.busy!, security: 'ssl' })]
  ]

  it.each(cases)('%s', async (cause, settings) => {
    const { page } = stage
    const s = settings()
    await page.getByRole('button', { name: '1. Who', exact: true }).click()
    await page.getByLabel('SMTP host', { exact: true }).fill(s.host)
    await page.getByLabel('SMTP port', { exact: true }).fill(String(s.port))
    await page.getByLabel('SMTP security', { exact: true }).selectOption(s.security)
    await page.getByRole('button', { name: '3. Test', exact: true }).click()
    await page.getByRole('button', { name: 'Test connection', exact: true }).click()
    const card = page.getByRole('group', { name: /^SMTP fix: / })
    await card.waitFor()
    expect(await card.getAttribute('aria-label')).toBe(`SMTP fix: ${FIX_CARDS[cause].title}`)
    await card.screenshot({ path: join(shots, `${cause}.png`) })
  }, 90_000)
})

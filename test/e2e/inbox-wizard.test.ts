import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { findChromium } from '../support/chromium'
import { startConfigHttpServer, type ConfigHttpServer } from '../support/config-http-server'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'
import { startMailConsole, type MailConsole } from '../support/mail-console'
import { DEFAULT_MAIL_USERS, dovecotUnavailable, type SmtpServers } from '../support/mail-servers'

// The Add inbox wizard in browser mode, every server real and on 127.0.0.1: a dns2 server answers the
// domain's SRV/MX/SPF/DMARC (COLDSEND_DNS_SERVERS), smtp-server and Dovecot take the logins, and the
// embedded sandbox really connects before it stores the inbox. Wrong password → ColdSend's own
// refusal beside the local view → fix card → fixed → created; a TLS mismatch repaired in one click; a 409.

const chromiumPath = findChromium()
const dovecotMissing = dovecotUnavailable()
const skip = !chromiumPath.path ? chromiumPath.reason : dovecotMissing
if (skip) console.log(`[skip] e2e inbox wizard: ${skip}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'inbox-wizard')
const user = DEFAULT_MAIL_USERS[0]!
const WRONG = 'not-the-password-42'

describe.skipIf(skip !== null)('Add inbox wizard against real DNS, SMTP, IMAP and the sandbox', () => {
  let stage: MailConsole
  let smtp: SmtpServers
  let dns: TestDnsServer
  let config: ConfigHttpServer
  let page: Page
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
  const field = (label: string) => page.getByLabel(label, { exact: true })
  const button = (name: string) => page.getByRole('button', { name, exact: true })
  const smtpColumn = () => page.getByRole('region', { name: 'SMTP (sending) check' })
  const imapColumn = () => page.getByRole('region', { name: 'IMAP (replies) check' })
  const stepHeading = (title: string) => page.getByRole('heading', { level: 2, name: `Step ${['Who', 'Sign-in', 'Test', 'Create'].indexOf(title) + 1} of 4: ${title}` }).waitFor()
  const openWizard = async () => {
    await page.goto(new URL('#/inboxes/new', stage.app.url).toString())
    await page.getByRole('heading', { name: 'Add inbox' }).waitFor()
  }
  const who = async () => {
    await field('Email').fill(user.user)
    await field('Email').blur()
    await page.getByRole('group', { name: 'Settings found' }).waitFor()
    await field('Display name').fill('Sender at Acme')
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    config = await startConfigHttpServer({})
    stage = await startMailConsole({
      dataDir: mkdtempSync(join(tmpdir(), 'cs-inbox-wizard-')),
      chromium: chromiumPath.path as string,
      timeoutMs: 60_000,
      env: async ({ smtp, dovecot }) => {
        dns = await startDnsServer({
          'acme-mail.example': { MX: [{ exchange: 'mx.acme-mail.example', priority: 10 }], TXT: ['v=spf1 ip4:127.0.0.1 -all'] },
          '_dmarc.acme-mail.example': { TXT: ['v=DMARC1; p=none'] },
          'mx.acme-mail.example': { A: ['127.0.0.1'] },
          '_submission._tcp.acme-mail.example': { SRV: [{ target: 'localhost', port: smtp.ports.starttls }] },
          '_imap._tcp.acme-mail.example': { SRV: [{ target: 'localhost', port: dovecot.port }] }
        })
        return { COLDSEND_DNS_SERVERS: dns.servers.join(','), COLDSEND_ISPDB_URL: 'off', COLDSEND_AUTOCONFIG_URL: config.baseUrl }
      }
    })
    ;({ smtp, page } = stage)
  })

  afterAll(async () => {
    await stage?.stop()
    await dns?.close()
    await config?.close()
  })

  it('wrong password: ColdSend refuses beside the local view, the test names the fix, the right one creates the inbox', async () => {
    await openWizard()
    await who()
    expect(await page.getByRole('group', { name: 'Settings found' }).textContent()).toContain('SRV records')
    expect(await field('SMTP host').inputValue()).toBe('localhost')
    expect(await field('SMTP port').inputValue()).toBe(String(smtp.ports.starttls))
    expect(await field('IMAP security').inputValue()).toBe('starttls')
    expect(dns.queries.some((q) => q.includes('_submission._tcp.acme-mail.example'))).toBe(true)
    await shot('01-who')
    await button('Next').click()
    await stepHeading('Sign-in')
    await field('SMTP password').fill(WRONG)
    await page.getByRole('heading', { name: /^Signing in to/ }).waitFor()
    await shot('02-sign-in')
    await button('Next').click()
    await stepHeading('Test')
    await button('Next').click()
    await stepHeading('Create')
    await button('Create inbox').click()
    const verdict = page.getByRole('region', { name: 'ColdSend could not connect' })
    await verdict.waitFor()
    expect(await verdict.textContent()).toContain('The server refused the username or password')
    await shot('04-coldsend-refused')
    await verdict.getByRole('button', { name: 'Go to the connection test' }).click()
    await button('Test connection').click()
    await smtpColumn().getByText('The server refused the username or password').first().waitFor()
    await imapColumn().getByText(/refused|password/i).first().waitFor()
    await shot('03-test-wrong-password')
    expect(await page.content()).not.toContain(WRONG)
    await button('Back').click()
    await field('SMTP password').fill(user.pass)
    await button('Next').click()
    await button('Test connection').click()
    await smtpColumn().getByText('SMTP (sending): connected and signed in').waitFor()
    await imapColumn().getByText('IMAP (replies): connected and signed in').waitFor()
    const deliverability = page.getByRole('region', { name: 'Deliverability of acme-mail.example' })
    await deliverability.getByText('v=DMARC1; p=none').waitFor()
    expect(await deliverability.textContent()).toContain('v=spf1 ip4:127.0.0.1 -all')
    await shot('03-test-both-ok')
    await deliverability.screenshot({ path: join(shots, '03-deliverability.png') })
    expect(await seriousAxeViolations(page)).toEqual([])
    await button('Next').click()
    await button('Create inbox').click()
    await page.getByRole('heading', { level: 1, name: user.user }).waitFor()
    expect(page.url()).toMatch(/#\/inboxes\/[^/]+$/)
    await shot('05-created')
  }, 180_000)

  it('a second inbox for the same address is a 409 that links to the one that exists', async () => {
    await openWizard()
    await who()
    await button('Next').click()
    await field('SMTP password').fill(user.pass)
    await button('Next').click()
    await button('Next').click()
    await button('Create inbox').click()
    const existing = page.getByRole('link', { name: 'Open the existing inbox' })
    await existing.waitFor()
    await shot('06-conflict')
    await existing.click()
    await page.getByRole('heading', { level: 1, name: user.user }).waitFor()
  }, 120_000)

  it('implicit TLS spoken to as STARTTLS is diagnosed, and the one-click switch repairs it', async () => {
    await openWizard()
    await who()
    await field('SMTP port').fill(String(smtp.ports.implicit))
    await field('SMTP security').selectOption('starttls')
    await button('Next').click()
    await field('SMTP password').fill(user.pass)
    await button('Next').click()
    await button('Test connection').click()
    // live: the steps already finished show while the greeting is still awaited (up to 15 s)
    await smtpColumn().getByText(/Connect: OK/).waitFor()
    expect(await smtpColumn().getByRole('heading', { name: 'SMTP (sending): testing…' }).isVisible()).toBe(true)
    await shot('07-live-while-testing')
    const switchButton = smtpColumn().getByRole('button', { name: /^Switch to port/ })
    await switchButton.waitFor()
    await shot('07-tls-mismatch')
    await switchButton.click()
    await button('Test connection').click()
    await smtpColumn().getByText('SMTP (sending): connected and signed in').waitFor()
    await button('1. Who').click()
    expect(await field('SMTP security').inputValue()).toBe('ssl')
    expect(await field('SMTP port').inputValue()).toBe(String(smtp.ports.implicit))
  }, 120_000)
})

import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'
import { DEFAULT_MAIL_USERS, dovecotUnavailable, startDovecot, startSmtpServers, type DovecotServer, type SmtpServers } from '../support/mail-servers'

// "Test connection" on Add inbox, in browser mode against a real smtp-server and a real Dovecot on
// 127.0.0.1: a wrong password ends in its fix card, the right one passes every step on both sides,
// and implicit TLS spoken to as STARTTLS is repaired with the one-click switch.

const chromiumPath = findChromium()
const dovecotMissing = dovecotUnavailable()
const skip = !chromiumPath.path ? chromiumPath.reason : dovecotMissing
if (skip) console.log(`[skip] e2e inbox connection test: ${skip}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'inbox-check')
const user = DEFAULT_MAIL_USERS[0]!

describe.skipIf(skip !== null)('Add inbox → Test connection against real mail servers', () => {
  let smtp: SmtpServers
  let dovecot: DovecotServer
  let app: BrowserModeProcess
  let browser: Browser
  let page: Page
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
  const fill = async (values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value)
  }
  const smtpColumn = () => page.getByRole('region', { name: 'SMTP (sending) check' })
  const imapColumn = () => page.getByRole('region', { name: 'IMAP (replies) check' })

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    smtp = await startSmtpServers()
    dovecot = await startDovecot()
    app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'cs-inbox-check-')), { COLDSEND_MAIL_EXTRA_CA: smtp.ca })
    browser = await launchChromium(chromiumPath.path as string)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(60_000)
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'Campaigns' }).waitFor()
    await page.goto(new URL('#/inboxes/new', app.url).toString())
    await page.getByRole('heading', { name: 'Add inbox' }).waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await dovecot?.stop()
    await smtp?.stop()
  })

  it('a wrong password ends in the fix card for it; the right one passes every step on both sides', async () => {
    await page.getByText('Reading replies (IMAP)').click()
    await fill({
      'SMTP host': '127.0.0.1',
      'SMTP port': String(smtp.ports.starttls),
      'SMTP username': user.user,
      'SMTP password': 'not-the-password',
      'IMAP host': '127.0.0.1',
      'IMAP port': String(dovecot.port),
      'IMAP username': user.user,
      'IMAP password': 'not-the-password'
    })
    await page.getByRole('button', { name: 'Test connection' }).click()
    await smtpColumn().getByText('The server refused the username or password').first().waitFor()
    await imapColumn().getByText(/refused|password/i).first().waitFor()
    await shot('01-wrong-password')
    expect(await page.content()).not.toContain('not-the-password"')
    await fill({ 'SMTP password': user.pass, 'IMAP password': user.pass })
    await page.getByRole('button', { name: 'Test connection' }).click()
    await smtpColumn().getByText('SMTP (sending): connected and signed in').waitFor()
    await imapColumn().getByText('IMAP (replies): connected and signed in').waitFor()
    await shot('02-both-ok')
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('implicit TLS spoken to as STARTTLS is diagnosed, and the one-click switch repairs it', async () => {
    await fill({ 'SMTP port': String(smtp.ports.implicit) })
    await page.getByRole('button', { name: 'Test connection' }).click()
    const switchButton = smtpColumn().getByRole('button', { name: /^Switch to port/ })
    await switchButton.waitFor()
    await shot('03-tls-mismatch')
    await switchButton.click()
    await page.getByRole('button', { name: 'Test connection' }).click()
    await smtpColumn().getByText('SMTP (sending): connected and signed in').waitFor()
    await expect.poll(() => page.getByLabel('SMTP port', { exact: true }).inputValue()).toBe(String(smtp.ports.implicit))
  }, 120_000)
})

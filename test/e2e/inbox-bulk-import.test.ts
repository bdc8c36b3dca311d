import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { findChromium } from '../support/chromium'
import { startMailConsole, type MailConsole } from '../support/mail-console'
import { DEFAULT_MAIL_USERS, dovecotUnavailable, freePort } from '../support/mail-servers'

// Bulk import of 50 inboxes from a CSV in browser mode, against a real smtp-server and a real Dovecot
// on 127.0.0.1 (the embedded sandbox really connects to them too): columns guessed, local problems
// listed, connections tested three at a time, the bulk job's per-row results shown, one failed row
// edited in place and retried. No password ever reaches the page.

const chromiumPath = findChromium()
const dovecotMissing = dovecotUnavailable()
const skip = !chromiumPath.path ? chromiumPath.reason : dovecotMissing
if (skip) console.log(`[skip] e2e inbox bulk import: ${skip}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'inbox-import')
const user = DEFAULT_MAIL_USERS[0]!
const WRONG = 'wrong-pass-9'

/** What each of the 50 rows is: most valid, three with a wrong password, one with a closed port, four locally invalid. */
type Kind = 'ok' | 'wrong-password' | 'closed-port' | 'invalid'
const kindOf = (n: number): Kind => (n <= 42 ? 'ok' : n <= 45 ? 'wrong-password' : n === 46 ? 'closed-port' : 'invalid')
const address = (n: number) => `bulk-${String(n).padStart(2, '0')}@acme-mail.example`

// The CSV as an operator would have it: spoken headers, one shared login for every mailbox (the test servers know one user).
function inboxCsv(smtpPort: number, imapPort: number, closedPort: number): string {
  const header = 'Email,Sender Name,SMTP Host,SMTP Port,SMTP Username,SMTP Password,IMAP Host,IMAP Port,IMAP Username,IMAP Password'
  const lines = Array.from({ length: 50 }, (_, i) => {
    const n = i + 1
    const kind = kindOf(n)
    const pass = kind === 'wrong-password' ? WRONG : user.pass
    const port = kind === 'closed-port' ? closedPort : n === 47 || n === 48 ? 70000 : smtpPort
    const email = n === 50 ? 'not-an-address' : address(n)
    const host = n === 49 ? '' : '127.0.0.1'
    return [email, `Bulk Sender ${n}`, host, port, user.user, pass, '127.0.0.1', imapPort, user.user, pass].join(',')
  })
  return `${header}\n${lines.join('\n')}\n`
}

describe.skipIf(skip !== null)('Import inboxes: a 50-row CSV with some failing rows', () => {
  let stage: MailConsole
  let page: Page
  let csvPath: string
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
  const row = (n: number) => page.getByRole('row', { name: new RegExp(`^${n} `) })
  const noPasswordOnPage = async () => {
    const html = await page.content()
    expect(html).not.toContain(user.pass)
    expect(html).not.toContain(WRONG)
  }
  /** Row number → text of its Import cell, over every page of the table. */
  const importCells = async () => {
    const found = new Map<number, string>()
    for (;;) {
      const cells = await page.locator('.import-rows__table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]?.textContent ?? '', tr.children[4]?.textContent ?? ''] as const))
      for (const [n, text] of cells) found.set(Number(n), text)
      const next = page.getByRole('navigation', { name: 'Row pages' }).getByRole('button', { name: 'Next' })
      if ((await next.getAttribute('aria-disabled')) === 'true') break
      await next.click()
    }
    await page.getByRole('navigation', { name: 'Row pages' }).getByRole('button', { name: 'Previous' }).click()
    return found
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    const work = mkdtempSync(join(tmpdir(), 'cs-inbox-import-'))
    stage = await startMailConsole({ dataDir: join(work, 'data'), chromium: chromiumPath.path as string })
    page = stage.page
    csvPath = join(work, 'inboxes.csv')
    writeFileSync(csvPath, inboxCsv(stage.smtp.ports.starttls, stage.dovecot.port, await freePort()))
  })

  afterAll(() => stage?.stop())

  it('maps, checks, tests, imports with per-row results, then edits and retries a failed row', async () => {
    await page.getByRole('link', { name: 'Inboxes' }).click()
    await page.getByRole('link', { name: 'Import CSV' }).click()
    await page.getByRole('heading', { level: 1, name: 'Import inboxes' }).waitFor()

    // 1. File and columns: every field guessed from the spoken headers; the preview masks passwords.
    await page.getByLabel('CSV file').setInputFiles(csvPath)
    await expect.poll(() => page.getByLabel('SMTP host column').inputValue()).toBe('SMTP Host')
    expect(await page.getByLabel('IMAP password column').inputValue()).toBe('IMAP Password')
    expect(await page.getByLabel('Email column', { exact: true }).inputValue()).toBe('Email')
    const preview = page.getByRole('region', { name: 'Preview of the first rows' })
    expect(await preview.getByText('••••').count()).toBe(10)
    await noPasswordOnPage()
    await shot('01-mapping')
    expect(await seriousAxeViolations(page)).toEqual([])

    // 2. Local rules: four rows with problems, each on its field.
    await page.getByRole('button', { name: 'Check 50 rows' }).click()
    await page.getByText('50 rows: 46 valid, 4 rows with problems.').waitFor()
    await page.getByLabel('Show').selectOption('attention')
    await row(47).getByText('SMTP port: A port is a number from 1 to 65535.').waitFor()
    await row(49).getByText('SMTP host: SMTP host is required.').waitFor()
    await row(50).getByText(/Email: Enter the full address/).waitFor()
    await page.getByLabel('Show').selectOption('all')
    await shot('02-rows-checked')

    // Connection tests from this computer: 46 rows, a few at a time, with a labelled progress bar.
    await page.getByRole('button', { name: 'Test connections' }).click()
    const testsBar = page.getByRole('progressbar', { name: 'Connection tests' })
    await testsBar.waitFor()
    await page.getByRole('status').filter({ hasText: 'Connection tests finished: 42 OK, 4 failed.' }).waitFor({ timeout: 60_000 })
    expect(await testsBar.getAttribute('aria-valuetext')).toBe('46 of 46')
    await row(1).getByText('OK', { exact: true }).waitFor()
    await page.getByLabel('Show').selectOption('attention')
    await row(43).getByText(/SMTP: The server refused the username or password/).waitFor()
    await row(46).getByText(/SMTP: /).waitFor()
    await shot('03-tested')
    await page.getByLabel('Show').selectOption('all')

    // 3. Import, including the rows whose test failed: ColdSend's job says which were created.
    expect(await page.getByRole('button', { name: 'Import 42 inboxes' }).isEnabled()).toBe(true)
    await page.getByLabel('Also import rows whose connection test failed').check()
    await page.getByRole('button', { name: 'Import 46 inboxes' }).click()
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Import finished: 42 created, 4 failed.' }).waitFor({ timeout: 60_000 })
    const cells = await importCells()
    expect(cells.size).toBe(50)
    for (const [n, text] of cells) {
      const kind = kindOf(n)
      if (kind === 'ok') expect(text, `row ${n}`).toBe('Created')
      else if (kind === 'invalid') expect(text, `row ${n}`).toBe('Fix the row first')
      else expect(text, `row ${n}`).toMatch(/^Failed: .+/)
    }
    expect(cells.get(43)).toMatch(/SMTP/i)
    await noPasswordOnPage()
    await page.getByLabel('Show').selectOption('attention')
    await shot('04-imported')
    expect(await seriousAxeViolations(page)).toEqual([])

    // 4. Edit row 43 in place with the Add inbox labels, then retry only it.
    await row(43).getByRole('button', { name: 'Edit row 43' }).click()
    const editor = page.getByRole('form', { name: 'Edit row 43' })
    expect(await editor.getByLabel('SMTP host').inputValue()).toBe('127.0.0.1')
    expect(await editor.getByLabel('SMTP password').inputValue()).toBe('')
    await editor.getByLabel('SMTP password').fill(user.pass)
    await editor.getByLabel('IMAP password').fill(user.pass)
    await shot('05-edit-row')
    await noPasswordOnPage()
    await editor.getByRole('button', { name: 'Save row 43' }).click()
    await row(43).getByText('Edited, not imported yet').waitFor()
    await page.getByLabel('Also import rows whose connection test failed').uncheck()
    await page.getByRole('button', { name: 'Retry failed rows (1)' }).click()
    await page.getByRole('status').filter({ hasText: 'Import finished: 43 created, 3 failed.' }).waitFor({ timeout: 60_000 })
    await shot('06-retried')
    await page.getByLabel('Show').selectOption('all')
    const after = await importCells()
    expect(after.get(43)).toBe('Created')
    expect([...after.values()].filter((t) => t === 'Created')).toHaveLength(43)
    await noPasswordOnPage()

    // The new inboxes are in the list.
    await page.getByRole('link', { name: 'Inboxes', exact: true }).first().click()
    await page.getByLabel('Search inboxes').fill('bulk-43')
    await page.getByRole('row').filter({ hasText: address(43) }).waitFor()
  }, 120_000)
})

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { seriousAxeViolations } from '../support/axe'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

// The error log viewer end to end, in browser mode against a real sandbox: failures of several kinds
// are caused through the screens (a 422 whose message carries the API key as a canary, a 404, a 503
// storm), the sandbox is stopped (one more failure: no response), and then — offline — the viewer
// filters by kind and by status, finds a record by its request ID, shows its issues and guidance,
// copies a report, exports JSONL and CSV, and imports the export into the read-only view. The key is
// in no page, export, import or clipboard text.

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e error log viewer: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'error-log')
const UNKNOWN = '3c90c3cc-0d44-4b50-8888-8dd25736052a'

describe.skipIf(!chromiumPath.path)('error log viewer: offline, grouped, filtered, exported and imported', () => {
  let sandbox: SandboxHandle
  let key: string
  let app: BrowserModeProcess
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const downloads = mkdtempSync(join(tmpdir(), 'cs-error-log-downloads-'))
  let exported = ''
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
  const open = (hash: string) => page.goto(new URL(hash, app.url).toString())
  const groups = () => page.getByRole('list', { name: 'Error groups' }).getByRole('article')
  const noKey = (text: string, where: string) => expect(text.includes(key), `API key found in ${where}`).toBe(false)

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    sandbox = await startSandbox({ port: 0, dataDir: null, faults: true })
    key = sandbox.issueKey({ scopes: ['*'], name: 'e2e-error-log' })
    app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'cs-error-log-')), { COLDSEND_BASE_URL: sandbox.baseUrl, COLDSEND_API_KEY: key })
    browser = await launchChromium(chromiumPath.path as string)
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'Campaigns' }).waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await sandbox?.close()
  })

  it('causes failures of several kinds through the screens, then stops the sandbox', async () => {
    // 422 whose issue message repeats the API key: the core must scrub it before anything keeps it.
    sandbox.faults.push({
      kind: 'status', status: 422, method: 'POST', path: '/campaigns', times: 1,
      body: { detail: [{ loc: ['body', 'name'], msg: `name refused for key ${key}`, type: 'value_error' }] }
    })
    await page.getByRole('button', { name: 'New campaign' }).click()
    const dialog = page.getByRole('dialog', { name: 'New campaign' })
    await dialog.getByLabel('Name', { exact: true }).fill('Error log canary campaign')
    await dialog.getByRole('button', { name: 'Create campaign' }).click()
    await dialog.getByText('name refused for key').first().waitFor()
    noKey(await page.content(), 'the campaign form')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    // 404
    await open(`#/campaigns/${UNKNOWN}`)
    await page.getByRole('heading', { name: 'Campaign not found' }).waitFor()
    // 503 storm on the inbox list
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/sender-accounts', times: 10 })
    await open('#/inboxes')
    await page.getByRole('button', { name: 'Retry' }).first().waitFor()
    // offline: the sandbox is gone, one more read fails with no response
    await sandbox.close()
    await open('#/analytics')
    await page.getByRole('button', { name: 'Retry' }).first().waitFor()
  }, 120_000)

  it('offline, the viewer groups the failures, filters by kind and by status, and finds one by its request ID', async () => {
    await page.getByRole('link', { name: /^Error log/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Error log' }).waitFor()
    await expect.poll(() => groups().count()).toBeGreaterThanOrEqual(4)
    await shot('01-groups')
    noKey(await page.content(), 'the viewer')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('group', { name: 'Errors per kind' }).getByRole('button', { name: /^validation/ }).click()
    await expect.poll(() => groups().count()).toBe(1)
    expect(await groups().first().textContent()).toContain('campaigns.create')
    await page.getByRole('group', { name: 'Errors per kind' }).getByRole('button', { name: /^validation/ }).click()
    await page.getByLabel('Status', { exact: true }).selectOption('5xx')
    await expect.poll(() => groups().count()).toBe(1)
    expect(await groups().first().textContent()).toContain('503')
    await shot('02-status-5xx')
    await page.getByLabel('Status', { exact: true }).selectOption('none')
    await expect.poll(async () => (await groups().allTextContents()).join(' ')).toMatch(/network|timeout|unavailable/)
    await page.getByLabel('Status', { exact: true }).selectOption('')

    // open the validation record: its issue (scrubbed), guidance, and a report for a support ticket
    await page.getByRole('group', { name: 'Errors per kind' }).getByRole('button', { name: /^validation/ }).click()
    await groups().first().getByRole('link', { name: 'Open latest' }).click()
    await page.getByRole('heading', { level: 1, name: 'campaigns.create failed' }).waitFor()
    const issues = page.getByRole('region', { name: 'Validation issues' })
    expect(await issues.textContent()).toMatch(/name refused for key \S*\[redacted\]/)
    await page.getByRole('heading', { name: 'Guidance the console gave' }).waitFor()
    await page.getByRole('button', { name: 'Copy as report' }).click()
    const report = await page.evaluate(() => navigator.clipboard.readText())
    expect(report).toContain('Operation: campaigns.create')
    noKey(report, 'the copied report')
    noKey(await page.content(), 'the record page')
    await shot('03-record')
    const requestId = /Request ID: (\S+)/.exec(report)?.[1]
    expect(requestId).toBeTruthy()

    await page.goBack()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByLabel('Search errors', { exact: true }).fill(requestId as string)
    await expect.poll(() => groups().count()).toBe(1)
    expect(await groups().first().textContent()).toContain('campaigns.create')
    await page.getByLabel('Search errors', { exact: true }).fill('')
    await expect.poll(() => groups().count()).toBeGreaterThanOrEqual(4)

    // every record, newest first, in the flat list: the keyboard opens the newest
    const total = Number((/^([\d,]+) records?/.exec((await page.locator('.error-list__count').textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''))
    await page.getByRole('radio', { name: 'All records' }).check()
    const grid = page.getByRole('grid', { name: 'Error records' })
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(total + 1))
    const newest = grid.locator('[role="row"][aria-rowindex="2"]')
    await expect.poll(() => newest.textContent()).not.toContain('Loading…')
    expect(await newest.textContent()).toMatch(/analytics\.|No response|network|unavailable/)
    noKey(await page.content(), 'the flat record list')
    await shot('02b-all-records')
    await grid.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: /failed$/ }).waitFor()
    await page.goBack()
    await page.getByRole('radio', { name: 'Grouped' }).check()
    await expect.poll(() => groups().count()).toBeGreaterThanOrEqual(4)
  }, 120_000)

  it('exports JSONL and CSV, imports the JSONL into the read-only view, and shows the same records there', async () => {
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
      const path = join(downloads, download.suggestedFilename())
      await download.saveAs(path)
      return { path, text: readFileSync(path, 'utf8') }
    }
    const jsonl = await save('Export JSONL')
    exported = jsonl.text
    const lines = exported.trim().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(4)
    noKey(exported, 'the JSONL export')
    const csv = await save('Export CSV')
    expect(csv.text.split('\n')[0]).toContain('requestId')
    noKey(csv.text, 'the CSV export')
    const localTitles = (await groups().allTextContents()).sort()

    await page.getByLabel('Import a log file').setInputFiles(jsonl.path)
    await page.getByText(`Imported ${lines.length} records, skipped 0 malformed lines.`).waitFor()
    await page.getByText('Imported log — read-only, from another machine.').waitFor()
    await expect.poll(async () => (await groups().allTextContents()).sort()).toEqual(localTitles)
    noKey(await page.content(), 'the imported view')
    await shot('04-imported')
    expect(await seriousAxeViolations(page)).toEqual([])
  }, 120_000)

  it('a failure elsewhere shows on the nav badge; Settings shows the log’s size and caps and clears it after asking', async () => {
    await open(`#/campaigns/${UNKNOWN}`)
    await page.getByRole('link', { name: /^Error log \(\d+ new errors?\)$/ }).waitFor()
    await shot('05-badge')
    await open('#/settings')
    const panel = page.getByRole('region', { name: 'Error log' })
    await panel.getByText(/Keeps up to 10 files/).waitFor()
    await panel.scrollIntoViewIfNeeded()
    await shot('06-settings')
    await panel.getByRole('button', { name: 'Clear error log…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Clear error log' }).click()
    await dialog.waitFor({ state: 'detached' })
    await open('#/errors')
    await page.getByText('No errors recorded').first().waitFor()
  }, 60_000)
})

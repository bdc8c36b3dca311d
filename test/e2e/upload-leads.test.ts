import { mkdirSync, mkdtempSync, openSync, closeSync, writeSync, writeFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_CSV_BYTES } from '../../src/shared/contract/leads'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

// Leads CSV upload in browser mode, as an operator does it: the file crosses the bridge as bytes,
// a 50 MB file goes through end to end, and a bigger one is refused before a byte is sent.

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e upload leads: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e')

/** Writes a CSV of `rows` wide rows whose size lands just under `targetBytes`. */
function wideCsv(path: string, rows: number, targetBytes: number): number {
  const header = 'Email,First Name,Notes\n'
  const perRow = Math.floor((targetBytes - header.length) / rows)
  const fd = openSync(path, 'w')
  writeSync(fd, header)
  for (let i = 0; i < rows; i++) {
    const start = `lead${String(i).padStart(5, '0')}@bulk.example,Lead ${i},`
    writeSync(fd, `${start}${'n'.repeat(perRow - start.length - 1)}\n`)
  }
  closeSync(fd)
  return statSync(path).size
}

describe.skipIf(!chromiumPath.path)('uploading leads from a CSV in browser mode', () => {
  let work: string
  let app: BrowserModeProcess
  let browser: Browser
  let page: Page
  const sentUploads: Array<{ binary: boolean; bytes: number }> = []
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })

  const openUpload = async () => {
    await page.getByRole('link', { name: 'Campaigns' }).click()
    const row = page.getByRole('row').filter({ hasText: 'Manufacturing Procurement Pilot' })
    await row.getByRole('button', { name: 'Actions for Manufacturing Procurement Pilot' }).click()
    await page.getByRole('menuitem', { name: 'Upload leads' }).click()
    return page.getByRole('dialog', { name: 'Upload leads to “Manufacturing Procurement Pilot”' })
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    work = mkdtempSync(join(tmpdir(), 'cs-upload-'))
    app = await startBrowserMode(join(work, 'data'))
    browser = await launchChromium(chromiumPath.path as string)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(15_000)
    page.on('websocket', (ws) =>
      ws.on('framesent', (f) => {
        const payload = f.payload
        const text = typeof payload === 'string' ? payload : payload.subarray(0, 4096).toString('latin1')
        if (text.includes('"op":"leads.upload"')) sentUploads.push({ binary: typeof payload !== 'string', bytes: payload.length })
      })
    )
    await page.goto(app.url)
    await page.getByRole('row').nth(5).waitFor()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('imports a small file: columns guessed from the header, progress to the end, row errors listed', async () => {
    const file = join(work, 'prospects.csv')
    writeFileSync(file, '\uFEFFEmail,First Name,Company\nana@acme.example,Ana,Acme\nbo@acme.example,Bo,Acme\nana@acme.example,Ana again,Acme\nnot-an-email,Broken,Co\n')
    const dialog = await openUpload()
    await dialog.getByLabel('CSV file').setInputFiles(file)
    await expect.poll(() => dialog.getByLabel('Email column').inputValue()).toBe('Email')
    expect(await dialog.getByLabel('First name column').inputValue()).toBe('First Name')
    expect(await dialog.getByLabel('Company column').inputValue()).toBe('Company')
    await dialog.getByRole('button', { name: 'Upload leads' }).click()
    const summary = dialog.getByRole('status').filter({ hasText: /Import finished/ })
    await summary.waitFor({ timeout: 30_000 })
    expect(await summary.textContent()).toMatch(/2 leads added, 1 duplicates skipped, 1 rows with errors/)
    await dialog.getByRole('list', { name: 'Rows with errors' }).waitFor()
    await shot('30-upload-small-finished')
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
  })

  it('refuses a file over 50 MB before reading or sending it, naming the size', async () => {
    const file = join(work, 'too-big.csv')
    writeFileSync(file, Buffer.alloc(MAX_CSV_BYTES + 1, 0x61))
    const before = sentUploads.length
    const dialog = await openUpload()
    const input = dialog.getByLabel('CSV file')
    await input.setInputFiles(file)
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true')
    await dialog.getByText('The file is 50.1 MB; the largest file ColdSend accepts is 50.0 MB. Split it into smaller files.').waitFor()
    await dialog.getByRole('button', { name: 'Upload leads' }).click()
    await dialog.getByText('The file is 50.1 MB; the largest file ColdSend accepts is 50.0 MB. Split it into smaller files.').waitFor()
    expect(sentUploads.length).toBe(before)
    await shot('31-upload-too-big-refused')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  it('sends a 50 MB file as one binary frame and follows the import job', { timeout: 120_000 }, async () => {
    const file = join(work, 'fifty.csv')
    const size = wideCsv(file, 9_900, MAX_CSV_BYTES - 1024)
    expect(size).toBeGreaterThan(MAX_CSV_BYTES - 64 * 1024)
    const dialog = await openUpload()
    await dialog.getByLabel('CSV file').setInputFiles(file)
    await expect.poll(() => dialog.getByLabel('Email column').inputValue()).toBe('Email')
    await dialog.getByRole('button', { name: 'Upload leads' }).click()
    const importing = dialog.getByRole('status').filter({ hasText: /Importing… [\d,]+ of 9,900 rows/ })
    await importing.waitFor({ timeout: 60_000 })
    await shot('32-upload-fifty-mb-importing')
    const last = sentUploads.at(-1)!
    expect(last.binary).toBe(true)
    expect(last.bytes).toBeGreaterThan(size)
    expect(last.bytes).toBeLessThan(size + 4096)
    // The job keeps moving (the sandbox imports rows over time).
    const processed = async () => Number(((await importing.textContent()) ?? '').match(/Importing… ([\d,]+)/)?.[1]?.replace(/,/g, '') ?? 0)
    const first = await processed()
    await expect.poll(processed, { timeout: 30_000 }).toBeGreaterThan(first)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(app.child.exitCode).toBeNull()
  })
})

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../src/sandbox/index'
import { seriousAxeViolations } from '../support/axe'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

// A campaign's Leads section in browser mode against a real sandbox (in this process, so its request
// log can be read): CSV upload with mapping preview and progress, 20,000+ leads scrolled to the end
// with only the pages in view fetched, a lead's detail, and deleting a PENDING lead after confirming.

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e campaign leads: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e')
const CAMPAIGN = 'Leads section e2e campaign'

/** 500 data rows: 4 with bad or missing addresses, 4 repeating an earlier address. */
function uploadCsv(): string {
  const lines = ['Email,First Name,Last Name,Company,City,Plan']
  for (let i = 0; i < 500; i++) {
    const email =
      i === 10 || i === 20 || i === 30 ? `broken-${i}` : i === 40 ? '' : i >= 496 ? `person${String(i - 400).padStart(4, '0')}@upload.example` : `person${String(i).padStart(4, '0')}@upload.example`
    lines.push(`${email},First${i},Last${i},Company ${i % 7},City ${i % 5},${i % 2 ? 'pro' : 'free'}`)
  }
  return `${lines.join('\n')}\n`
}

/** `rows` valid rows named seed<batch>-NNNNN. */
function seedCsv(batch: number, rows: number): string {
  const lines = ['Email,First Name,Company']
  for (let i = 0; i < rows; i++) lines.push(`seed${batch}-${String(i).padStart(5, '0')}@bulk.example,Seed ${i},Bulk ${batch}`)
  return `${lines.join('\n')}\n`
}

// The same flows against the documented server and one that drifted (name minimum 12, 429s without Retry-After).
const MODES: Array<{ label: string; slug: string; options: SandboxOptions }> = [
  { label: 'documented rules', slug: '', options: {} },
  { label: '--campaign-name-min 12 --no-retry-after', slug: 'drifted-', options: { limits: { campaignNameMin: 12 }, rateLimit: { sendRetryAfter: false } } }
]

describe.skipIf(!chromiumPath.path).each(MODES)('a campaign’s Leads section in browser mode ($label)', ({ slug, options }) => {
  let work: string
  let sandbox: SandboxHandle
  let seedKey: string
  let campaignId: string
  let app: BrowserModeProcess
  let browser: Browser
  let page: Page
  const requests: string[] = []
  const shot = (name: string) => page.screenshot({ path: join(shots, `${slug}${name}.png`) })
  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${sandbox.baseUrl}${path}`, { ...init, headers: { 'X-API-Key': seedKey, ...(init.headers ?? {}) } })
    const body = (await res.json()) as Record<string, unknown>
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status} ${JSON.stringify(body)}`)
    return body
  }
  const leadListCalls = () => requests.filter((l) => l.startsWith(`GET /api/public/v1/campaigns/${campaignId}/leads `)).length
  const leads = () => page.getByRole('region', { name: 'Leads' })

  /** Uploads `csv` through the API with the seeding key and waits for the job to finish. */
  const seed = async (csv: string) => {
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'seed.csv')
    form.append('mapping', JSON.stringify({ email: 'Email', first_name: 'First Name', company: 'Company' }))
    const job = await api(`/campaigns/${campaignId}/leads`, { method: 'POST', body: form })
    await expect
      .poll(async () => (await api(`/campaigns/${campaignId}/leads/upload/${String(job.job_id)}`)).status, { timeout: 30_000, interval: 250 })
      .toBe('COMPLETED')
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    work = mkdtempSync(join(tmpdir(), 'cs-leads-'))
    sandbox = await startSandbox({ ...options, port: 0, dataDir: null, tuning: { leadRowsPerSecond: 5000 }, log: (line) => requests.push(line) })
    const consoleKey = sandbox.issueKey({ scopes: ['*'], name: 'console' })
    // Seeding goes through its own key, so it spends none of the console's per-key rate limit.
    seedKey = sandbox.issueKey({ scopes: ['*'], name: 'seed' })
    campaignId = String((await api('/campaigns', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: CAMPAIGN }) })).campaign_id)
    app = await startBrowserMode(join(work, 'data'), { COLDSEND_BASE_URL: sandbox.baseUrl, COLDSEND_API_KEY: consoleKey })
    browser = await launchChromium(chromiumPath.path as string)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(15_000)
    await page.goto(app.url)
    await page.getByRole('link', { name: CAMPAIGN }).click()
    await page.getByRole('heading', { name: CAMPAIGN, level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Leads' }).last().click()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await sandbox?.close()
  })

  it('starts empty, with both ways to add leads', async () => {
    await leads().getByText('No leads yet').waitFor()
    expect(await leads().getByRole('button', { name: 'Add lead' }).count()).toBeGreaterThan(0)
    expect(await leads().getByRole('button', { name: 'Upload CSV' }).count()).toBeGreaterThan(0)
    await shot('campaign-leads-empty')
  })

  it('uploads a 500-row CSV: preview and custom fields before sending, progress to the final counts, every row error', async () => {
    const file = join(work, 'people.csv')
    writeFileSync(file, uploadCsv())
    await leads().getByRole('button', { name: 'Upload CSV' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Upload leads from a CSV file' })
    await dialog.getByLabel('CSV file').setInputFiles(file)
    await expect.poll(() => dialog.getByLabel('Email column').inputValue()).toBe('Email')
    expect(await dialog.getByLabel('First name column').inputValue()).toBe('First Name')
    expect(await dialog.getByLabel('Last name column').inputValue()).toBe('Last Name')
    expect(await dialog.getByLabel('Company column').inputValue()).toBe('Company')
    const preview = dialog.getByRole('region', { name: 'Preview of the first rows' })
    await preview.getByRole('cell', { name: 'person0000@upload.example' }).waitFor()
    expect(await preview.getByRole('row').count()).toBe(6) // header + the first 5 rows
    const custom = dialog.getByRole('list', { name: 'Custom fields' })
    expect(await custom.getByRole('listitem').allTextContents()).toEqual(['{{City}} from column “City”', '{{Plan}} from column “Plan”'])
    expect(await seriousAxeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Upload leads' }).click()
    const summary = dialog.getByRole('status').filter({ hasText: /Import finished/ })
    await summary.waitFor({ timeout: 30_000 })
    expect(await summary.textContent()).toBe('Import finished: 492 leads added, 4 duplicates skipped, 4 rows with errors.')
    const bar = dialog.getByRole('progressbar', { name: 'Import progress' })
    expect(await bar.getAttribute('aria-valuetext')).toBe('100% — 500 of 500 rows')
    const errors = await dialog.getByRole('list', { name: 'Rows with errors' }).getByRole('listitem').allTextContents()
    expect(errors.map((e) => e.replace(/:.*/, ''))).toEqual(['Row 11 (broken-10)', 'Row 21 (broken-20)', 'Row 31 (broken-30)', 'Row 41'])
    await shot('campaign-leads-upload')
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await leads().getByText('492 leads').waitFor()
  })

  it('scrolls through 20,492 leads to the last one, fetching only the pages it shows', { timeout: 120_000 }, async () => {
    await seed(seedCsv(1, 10_000))
    await seed(seedCsv(2, 10_000))
    await page.reload()
    const grid = leads().getByRole('grid', { name: 'Leads' })
    await leads().getByText('20,492 leads').waitFor()
    expect(await grid.getAttribute('aria-rowcount')).toBe('20493')
    const before = leadListCalls()
    await grid.getByRole('row', { name: /person0000@upload\.example/ }).waitFor()
    // A person reading: a few screens down with the keyboard and the wheel, then a jump to the end.
    await grid.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown')
    await page.mouse.move(640, 600)
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 1200)
    await page.waitForTimeout(400)
    // Then the scrollbar dragged fast from there to near the bottom: 40 positions, 25 ms apart.
    await grid.evaluate(async (el) => {
      const end = el.scrollHeight - el.clientHeight
      for (let i = 1; i <= 40; i++) {
        el.scrollTop = (end * i) / 41
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    })
    await page.waitForTimeout(400)
    await grid.focus()
    await page.keyboard.press('End')
    const last = grid.getByRole('row', { name: /seed2-09999@bulk\.example/ })
    await last.waitFor()
    expect(await last.getAttribute('aria-rowindex')).toBe('20493')
    expect(await last.getAttribute('aria-selected')).toBe('true')
    expect(await grid.getAttribute('aria-activedescendant')).toBe(await last.getAttribute('id'))
    const calls = leadListCalls() - before
    console.log(`[e2e] leads.list requests while scrolling 20,492 leads to the end: ${calls}`)
    expect(calls).toBeGreaterThan(0)
    expect(calls).toBeLessThan(40)
    // Only the rows in view are in the DOM.
    expect(await grid.getByRole('row').count()).toBeLessThan(60)
    await shot('campaign-leads-list')
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('opens the highlighted lead with Enter, shows its fields and history, and deletes it after confirming', async () => {
    const grid = leads().getByRole('grid', { name: 'Leads' })
    await grid.focus()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'seed2-09998@bulk.example' })
    await dialog.getByRole('heading', { name: 'Email history' }).waitFor()
    await dialog.getByText('No email sent to this lead yet.').waitFor()
    await dialog.getByText('Bulk 2').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Delete lead' }).click()
    const confirm = dialog.getByRole('group', { name: 'Confirm deletion of seed2-09998@bulk.example' })
    await confirm.getByText('Delete lead seed2-09998@bulk.example?').waitFor()
    await shot('campaign-leads-delete-confirm')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    expect(await confirm.count()).toBe(0)
    await dialog.getByRole('button', { name: 'Delete lead' }).click()
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByText('Lead seed2-09998@bulk.example deleted.').waitFor()
    expect(await dialog.count()).toBe(0)
    await leads().getByText('20,491 leads').waitFor()
    expect((await api(`/campaigns/${campaignId}/leads?search=seed2-09998&limit=1`)).leads).toEqual([])
  })

  it('adds one lead with a custom field, and shows a second add of the same address on the Email field', async () => {
    const add = async () => {
      await leads().getByRole('button', { name: 'Add lead' }).first().click()
      const dialog = page.getByRole('dialog', { name: 'Add lead' })
      await dialog.getByLabel('Email').fill('new.person@e2e.example')
      await dialog.getByLabel('First name').fill('New')
      await dialog.getByRole('button', { name: 'Add custom field' }).click()
      await dialog.getByLabel('Custom field 1 name').fill('city')
      await dialog.getByLabel('Custom field 1 value').fill('Porto')
      await dialog.getByRole('button', { name: 'Add lead' }).click()
      return dialog
    }
    const first = await add()
    await page.getByText('Lead new.person@e2e.example added.').waitFor()
    expect(await first.count()).toBe(0)
    await leads().getByText('20,492 leads').waitFor()
    const again = await add()
    const email = again.getByLabel('Email')
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true')
    await again.getByText('new.person@e2e.example is already a lead of this campaign.').waitFor()
    expect(await again.getByLabel('Custom field 1 value').inputValue()).toBe('Porto')
    await shot('campaign-leads-add-duplicate')
    expect(await seriousAxeViolations(page)).toEqual([])
    await again.getByRole('button', { name: 'Cancel' }).click()
  })
})

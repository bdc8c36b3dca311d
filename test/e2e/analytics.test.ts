import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { seriousAxeViolations } from '../support/axe'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

// Analytics in a real browser against a real sandbox over HTTP: every number on screen is compared with
// what the sandbox serves to the test's own key at that moment (never written down here).

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e analytics: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'analytics')
const pct = (fraction: number) => `${(fraction * 100).toFixed(1)} %`

interface Row { campaign_id: string; campaign_name: string; total_sent: number; total_opened: number; total_replied: number; total_bounced: number; open_rate: number; reply_rate: number; bounce_rate: number }
interface Day { date: string; sent: number; opened: number; replied: number; bounced: number }

describe.skipIf(!chromiumPath.path)('analytics in browser mode against the sandbox', () => {
  let sandbox: SandboxHandle
  let key: string
  let app: BrowserModeProcess
  let browser: Browser
  let page: Page
  const cspErrors: string[] = []
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(shots, `${name}.png`), fullPage })
  const api = async <T,>(path: string): Promise<T> => {
    const res = await fetch(`${sandbox.baseUrl}${path}`, { headers: { 'X-API-Key': key } })
    if (!res.ok) throw new Error(`GET ${path} → ${res.status}`)
    return (await res.json()) as T
  }
  const goto = (hash: string) => page.goto(new URL(hash, app.url).toString())
  const kpi = (label: string) => page.locator('.kpis > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd')
  const dayRows = () => page.locator('.timeline-figure ~ .chart-table tbody tr')
  const setTheme = (theme: 'light' | 'dark') => page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme)
  /** How many canvas pixels are close to a CSS colour (the chart really drew in the theme's colour). */
  const pixelsLike = (token: string) =>
    page.evaluate((name) => {
      const probe = document.createElement('div')
      probe.style.color = `var(${name})`
      document.body.append(probe)
      const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number)
      probe.remove()
      const canvas = document.querySelector('.timeline-figure canvas') as HTMLCanvasElement
      const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      let hits = 0
      for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 30 && px[i + 3]! > 200) hits++
      return hits
    }, token)

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    sandbox = await startSandbox({ port: 0, dataDir: null })
    key = sandbox.issueKey({ scopes: ['*'], name: 'test-reads' })
    const consoleKey = sandbox.issueKey({ scopes: ['*'], name: 'console' })
    app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'cs-analytics-')), { COLDSEND_BASE_URL: sandbox.baseUrl, COLDSEND_API_KEY: consoleKey })
    browser = await launchChromium(chromiumPath.path as string)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(15_000)
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text()) })
    await page.goto(app.url)
    await page.getByRole('link', { name: 'Analytics' }).first().click()
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await sandbox?.close()
  })

  it('renders the KPIs the sandbox serves and a chart of the last 90 days', async () => {
    const { workspace_kpis: k } = await api<{ workspace_kpis: { total_campaigns: number; total_sends: number; avg_open_rate: number; avg_reply_rate: number; avg_bounce_rate: number } }>('/analytics/campaigns')
    await kpi('Campaigns').waitFor()
    expect(await kpi('Campaigns').textContent()).toBe(k.total_campaigns.toLocaleString('en-US'))
    expect(await kpi('Emails sent').textContent()).toBe(k.total_sends.toLocaleString('en-US'))
    expect(await kpi('Open rate').textContent()).toBe(pct(k.avg_open_rate))
    expect(await kpi('Reply rate').textContent()).toBe(pct(k.avg_reply_rate))
    expect(await kpi('Bounce rate').textContent()).toContain(pct(k.avg_bounce_rate))
    const timeline = await api<{ from_date: string; to_date: string; timeline: Day[] }>('/analytics/campaigns/timeline')
    await page.locator('.timeline-figure canvas').first().waitFor()
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(timeline.from_date)
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(timeline.to_date)
    await page.getByText('Show data table').first().click()
    expect(await dayRows().count()).toBe(timeline.timeline.length)
    const sent = timeline.timeline.reduce((a, d) => a + d.sent, 0)
    expect(await page.locator('.chart-summary').first().textContent()).toContain(`Sent ${sent.toLocaleString('en-US')}`)
    await page.getByText('Show data table').first().click()
    expect(await pixelsLike('--color-accent')).toBeGreaterThan(20)
    // Hover values: pointing at the chart names a day and its counts.
    const box = (await page.locator('.timeline-figure .u-over').boundingBox())!
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2)
    expect(await page.locator('.chart-hover').textContent()).toMatch(/\d{4}: Sent \d+, Opened \d+, Replied \d+, Bounced \d+$/)
    await page.mouse.move(0, 0)
    await setTheme('light')
    await shot('dashboard-light')
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('the range picker changes the series, keeps it in the address, and explains a range it cannot ask for', async () => {
    await page.getByRole('button', { name: 'Last 7 days' }).click()
    await expect.poll(() => page.url()).toMatch(/from=\d{4}-\d{2}-\d{2}&to=/)
    const address = new URLSearchParams(page.url().split('?')[1])
    const from = address.get('from') ?? ''
    const to = address.get('to') ?? ''
    await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).toBe(from)
    const week = await api<{ timeline: Day[] }>(`/analytics/campaigns/timeline?from_date=${from}&to_date=${to}`)
    await page.getByText('Show data table').first().click()
    await expect.poll(() => dayRows().count()).toBe(week.timeline.length)
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await page.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed')).toBe('true')
    await page.getByLabel('From', { exact: true }).fill('2026-01-10')
    await page.getByLabel('To', { exact: true }).fill('2026-01-01')
    await page.getByRole('button', { name: 'Apply range' }).click()
    expect(await page.getByText('To must be on or after From.').isVisible()).toBe(true)
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2026-01-10')
    expect(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    await page.getByLabel('From', { exact: true }).fill('1990-01-01')
    await page.getByLabel('To', { exact: true }).fill(to)
    await page.getByRole('button', { name: 'Apply range' }).click()
    await page.getByText(/The API refused this range/).waitFor()
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('1990-01-01')
    await page.goBack()
    await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).toBe(from)
  })

  it('series toggles hide a line and survive a reload', async () => {
    await page.getByRole('checkbox', { name: 'Sent' }).uncheck()
    await expect.poll(() => page.url()).toContain('hide=sent')
    await page.reload()
    await page.getByRole('checkbox', { name: 'Sent' }).waitFor()
    expect(await page.getByRole('checkbox', { name: 'Sent' }).isChecked()).toBe(false)
    await page.locator('.timeline-figure canvas').first().waitFor()
    expect(await pixelsLike('--color-accent')).toBeLessThan(5)
    expect(await pixelsLike('--color-ok')).toBeGreaterThan(20)
    // The chart follows its container's width (ResizeObserver).
    const width = () => page.locator('.timeline-figure canvas').first().evaluate((c) => c.getBoundingClientRect().width)
    const wide = await width()
    await page.setViewportSize({ width: 900, height: 900 })
    await expect.poll(width).toBeLessThan(wide - 100)
    await page.setViewportSize({ width: 1280, height: 900 })
    await expect.poll(width).toBeCloseTo(wide, 0)
    await page.getByRole('checkbox', { name: 'Sent' }).check()
    await expect.poll(() => page.url()).not.toContain('hide=')
  })

  it('the campaign table shows the sandbox’s rates and counts, sorts, and flags a bounce rate above 5 % as Danger', async () => {
    const { campaigns } = await api<{ campaigns: Row[] }>('/analytics/campaigns')
    for (const c of campaigns) {
      const cells = await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: c.campaign_name, exact: true }) }).getByRole('cell').allTextContents()
      if (c.total_sent + c.total_bounced === 0) {
        // nothing sent: no rate is claimed (the API's 0 would read as a measured 0.0 %)
        expect(cells.slice(1)).toEqual(['0', '–nothing sent yet', '–nothing sent yet', '–nothing sent yet'])
        continue
      }
      expect(cells.slice(1, 4)).toEqual([
        String(c.total_sent),
        `${pct(c.open_rate)}${c.total_opened} of ${c.total_sent} opened`,
        `${pct(c.reply_rate)}${c.total_replied} of ${c.total_sent} replied`
      ])
      expect(cells[4]).toMatch(new RegExp(`^${pct(c.bounce_rate)}( (Warning|Danger))?${c.total_bounced} of ${c.total_sent + c.total_bounced} bounced$`))
    }
    const worst = campaigns.reduce((a, b) => (b.bounce_rate > a.bounce_rate ? b : a))
    expect(worst.bounce_rate).toBeGreaterThan(0.05)
    await page.getByRole('button', { name: 'Bounce rate' }).click()
    expect(await page.getByRole('columnheader', { name: 'Bounce rate' }).getAttribute('aria-sort')).toBe('descending')
    const first = page.locator('table.analytics-campaigns tbody tr').first()
    expect(await first.getByRole('rowheader').textContent()).toBe(worst.campaign_name)
    expect(await first.locator('.badge', { hasText: 'Danger' }).count()).toBe(1)
    await setTheme('dark')
    await page.locator('.timeline-figure canvas').first().waitFor()
    await expect.poll(() => pixelsLike('--color-accent')).toBeGreaterThan(20)
    await shot('dashboard-dark')
    expect(await seriousAxeViolations(page)).toEqual([])
    await setTheme('light')
  })

  it('a campaign’s page shows its rates against the workspace, with the detail’s percentages as they are', async () => {
    const { campaigns, workspace_kpis: k } = await api<{ campaigns: Row[]; workspace_kpis: { avg_open_rate: number } }>('/analytics/campaigns')
    const worst = campaigns.reduce((a, b) => (b.bounce_rate > a.bounce_rate ? b : a))
    const detail = await api<{ completion_rate: number; success_rate: number }>(`/campaigns/${worst.campaign_id}`)
    await page.getByRole('link', { name: worst.campaign_name }).first().click()
    await page.getByRole('heading', { name: worst.campaign_name, level: 1 }).waitFor()
    const section = page.locator('details.campaign-analytics')
    expect(await section.locator('summary').textContent()).toBe(`Analytics Open ${pct(worst.open_rate)} · Reply ${pct(worst.reply_rate)} · Bounce ${pct(worst.bounce_rate)} Danger`)
    await section.locator('summary').click()
    await section.locator('canvas').first().waitFor()
    expect(await section.locator('figcaption').textContent()).toContain(`Open rate ${pct(worst.open_rate)} (workspace ${pct(k.avg_open_rate)})`)
    expect(await section.getByText(`${detail.completion_rate.toFixed(1)} %`).count()).toBeGreaterThan(0)
    expect(await section.getByText(/Not available from the API/).isVisible()).toBe(true)
    await page.evaluate(() => window.scrollTo(0, 0))
    await shot('campaign-analytics', false)
  })

  it('the inbox view lists each inbox’s limit against today’s sends, status and health', async () => {
    const { sender_accounts: inboxes } = await api<{ sender_accounts: Array<{ email_address: string; daily_limit: number; sent_today: number }> }>('/sender-accounts?limit=100')
    await goto('#/analytics/inboxes')
    await page.getByRole('heading', { name: 'Sending today per inbox' }).waitFor()
    for (const inbox of inboxes) {
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: inbox.email_address, exact: true }) })
      expect(await row.getByRole('cell').nth(1).textContent()).toBe(`${inbox.sent_today} of ${inbox.daily_limit}`)
    }
    await shot('inboxes')
    expect(cspErrors).toEqual([])
  })

  it('keeps the last analytics on screen, marked offline with their time, when the API is gone (also after a reload)', async () => {
    await goto('#/analytics')
    await kpi('Campaigns').waitFor()
    const campaignsShown = await kpi('Campaigns').textContent()
    await page.locator('.timeline-figure canvas').first().waitFor()
    await sandbox.close()
    // A reload empties the in-memory cache: what is shown now comes from the copy saved at the last fetch.
    await page.reload()
    const offline = page.getByText(/^Offline — showing data from \d\d:\d\d\.$/)
    await offline.first().waitFor({ timeout: 60_000 })
    expect(await kpi('Campaigns').textContent()).toBe(campaignsShown)
    expect(await page.locator('.timeline-figure canvas').count()).toBe(1)
    await page.getByRole('button', { name: 'Refresh now' }).first().click()
    await offline.first().waitFor({ timeout: 60_000 })
    expect(await kpi('Campaigns').textContent()).toBe(campaignsShown)
    await shot('offline')
  }, 120_000)
})

import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e shell routes: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'shell')

/** One route of the console, the heading it must show, and what its window title starts with. */
interface RouteCase {
  name: string
  hash: string
  heading: RegExp
  title: RegExp
}

describe.skipIf(!chromiumPath.path)('every route in Chromium: Back, Forward, reload, titles, focus, axe — light and dark, 1280 and 900 px', () => {
  let app: BrowserModeProcess
  let browser: Browser
  let routes: RouteCase[] = []

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'cs-e2e-shell-')))
    browser = await launchChromium(chromiumPath.path as string)
    // Find real entity ids through the UI's own data, and make one error-log record (a campaign that does not exist).
    const page = await browser.newPage()
    await page.goto(app.url)
    await page.getByRole('row').nth(2).waitFor()
    const campaignHref = await page.locator('table tbody tr a[href^="#/campaigns/"]').first().getAttribute('href')
    await page.goto(new URL('#/campaigns/no-such-campaign', app.url).toString())
    await page.getByRole('heading', { name: 'Campaign not found' }).waitFor()
    await page.goto(new URL('#/inboxes', app.url).toString())
    const inboxHref = await page.locator('table tbody tr a[href^="#/inboxes/"]').first().getAttribute('href')
    await page.goto(new URL('#/errors', app.url).toString())
    const errorHref = await page.getByRole('link', { name: 'Open latest' }).first().getAttribute('href')
    await page.close()
    const campaignId = decodeURIComponent((campaignHref ?? '').replace('#/campaigns/', ''))
    expect(campaignId).not.toBe('')
    routes = [
      { name: 'campaigns', hash: '#/campaigns', heading: /^Campaigns$/, title: /^Campaigns — / },
      { name: 'campaign', hash: `#/campaigns/${encodeURIComponent(campaignId)}`, heading: /.+/, title: / · Campaigns — / },
      { name: 'campaign-leads', hash: `#/campaigns/${encodeURIComponent(campaignId)}/leads`, heading: /.+/, title: /^Leads · .+ · Campaigns — / },
      { name: 'inboxes', hash: '#/inboxes', heading: /^Inboxes$/, title: /^Inboxes — / },
      { name: 'inbox', hash: inboxHref ?? '#/inboxes/x', heading: /@/, title: /@.+ · Inboxes — / },
      { name: 'inbox-new', hash: '#/inboxes/new', heading: /^Add inbox$/, title: /^Add inbox · Inboxes — / },
      { name: 'errors', hash: '#/errors', heading: /^Error log$/, title: /^Error log — / },
      { name: 'error', hash: errorHref ?? '#/errors/x', heading: /.+/, title: / · Error log — / },
      { name: 'analytics', hash: '#/analytics', heading: /^Analytics$/, title: /^Analytics — / },
      { name: 'settings', hash: '#/settings', heading: /^Settings$/, title: /^Settings — / },
      { name: 'not-found', hash: '#/no-such-screen', heading: /^Page not found$/, title: /^Page not found — / }
    ]
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  async function expectRoute(page: Page, route: RouteCase): Promise<void> {
    const heading = page.getByRole('heading', { level: 1 })
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toMatch(route.heading)
    await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.startsWith('Loading'))
    await expect.poll(() => page.title()).toMatch(route.title)
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 900]) {
      it(`${scheme} at ${width} px: each route by URL, axe clean, then Back / Forward / reload keep the place`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme })
        const page = await context.newPage()
        page.setDefaultTimeout(15_000)
        const problems: string[] = []
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
        try {
          await page.goto(app.url)
          await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor()
          const theme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)
          expect(theme).toContain(scheme)
          for (const route of routes) {
            await page.evaluate((hash) => (location.hash = hash), route.hash)
            await expectRoute(page, route)
            // Focus follows navigation to the new screen's heading.
            if (route.name !== 'campaigns') await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
            await page.screenshot({ path: join(shots, `${scheme}-${width}-${route.name}.png`), fullPage: true })
            const violations = await seriousAxeViolations(page)
            for (const v of violations) problems.push(`${route.name}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`)
          }
          expect(problems).toEqual([])
          // Back walks the same routes in reverse, Forward returns, reload keeps the place.
          for (let i = routes.length - 2; i >= routes.length - 5; i--) {
            await page.goBack()
            await expectRoute(page, routes[i]!)
          }
          await page.goForward()
          await expectRoute(page, routes[routes.length - 4]!)
          await page.reload()
          await expectRoute(page, routes[routes.length - 4]!)
          expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
        } finally {
          await context.close()
        }
      })
    }
  }

  it('the palette (Ctrl+K), the New campaign dialog and the collapsed sidebar work from the keyboard and are axe clean; the Settings switch overrides the OS theme', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: 'light' })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    try {
      await page.goto(app.url)
      await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor()
      // A row's Actions menu from the keyboard, axe-clean while open; Delete asks first and Cancel keeps it.
      const trigger = page.getByRole('button', { name: 'Actions for Zürich Fintech Leaders' })
      await trigger.focus()
      await page.keyboard.press('ArrowDown')
      await page.getByRole('menu', { name: 'Actions for Zürich Fintech Leaders' }).waitFor()
      expect(await seriousAxeViolations(page)).toEqual([])
      await page.screenshot({ path: join(shots, 'row-menu-900.png') })
      await page.keyboard.press('End')
      await page.keyboard.press('Enter')
      const confirm = page.getByRole('dialog', { name: 'Delete “Zürich Fintech Leaders”?' })
      await confirm.waitFor()
      expect(await seriousAxeViolations(page)).toEqual([])
      await confirm.getByRole('button', { name: 'Cancel' }).click()
      await expect.poll(() => confirm.count()).toBe(0)
      expect(await page.getByRole('row').filter({ hasText: 'Zürich Fintech Leaders' }).count()).toBe(1)
      // The last row's menu is not clipped by the table's scroll box: every entry is inside the window.
      const last = page.getByRole('button', { name: 'Actions for Q1 SaaS Founders Outreach' })
      await last.scrollIntoViewIfNeeded()
      await last.click()
      const entries = page.getByRole('menu', { name: 'Actions for Q1 SaaS Founders Outreach' }).getByRole('menuitem')
      await entries.first().waitFor()
      const boxes = await entries.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el }))
      expect(boxes).toEqual([true, true, true, true])
      await page.keyboard.press('Escape')
      // Duplicate against the sandbox: the copy arrives with its emails (a success toast, not a problem).
      await page.getByRole('button', { name: 'Actions for Healthcare IT Directors' }).click()
      await page.getByRole('menuitem', { name: 'Duplicate' }).click()
      await page.getByText(/^Copied as “Copy of Healthcare IT Directors”/).waitFor()
      await page.getByRole('row').filter({ hasText: 'Copy of Healthcare IT Directors' }).waitFor()
      await page.keyboard.press('Control+k')
      const search = page.getByRole('dialog', { name: 'Go to or run…' }).getByRole('combobox')
      await search.fill('healthcare')
      await page.getByRole('option', { name: 'Healthcare IT Directors', exact: true }).waitFor()
      expect(await seriousAxeViolations(page)).toEqual([])
      await page.screenshot({ path: join(shots, 'palette-900.png') })
      while ((await search.getAttribute('aria-activedescendant')) !== (await page.getByRole('option', { name: 'Healthcare IT Directors', exact: true }).getAttribute('id'))) await search.press('ArrowDown')
      await search.press('Enter')
      await page.getByRole('heading', { name: 'Healthcare IT Directors', level: 1 }).waitFor()
      expect(page.url()).toMatch(/#\/campaigns\/[^/]+$/)
      // The rail: the menu button opens the list, choosing a screen folds it again.
      await page.getByRole('button', { name: 'Show navigation' }).click()
      await page.getByRole('link', { name: 'Settings' }).click()
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
      expect(await page.getByRole('link', { name: 'Inboxes' }).isVisible()).toBe(false)
      await page.getByRole('radio', { name: 'Dark' }).check()
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain('dark')
      await page.keyboard.press('Control+k')
      await page.getByRole('dialog', { name: 'Go to or run…' }).getByRole('combobox').fill('new campaign')
      await page.keyboard.press('Enter')
      await page.getByRole('dialog', { name: 'New campaign' }).waitFor()
      await page.getByRole('button', { name: 'Create campaign' }).click()
      await expect.poll(() => page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true')
      expect(await seriousAxeViolations(page)).toEqual([])
      await page.screenshot({ path: join(shots, 'new-campaign-dark-900.png') })
      await page.reload()
      await page.getByRole('dialog', { name: 'New campaign' }).waitFor()
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    } finally {
      await context.close()
    }
  })

  it('the axe check itself fails on low-contrast text and an unlabelled field (so a clean result means something)', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(app.url)
      await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor()
      await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement
        const faint = document.createElement('p')
        faint.textContent = 'faint'
        faint.style.color = '#dddddd'
        main.append(faint, document.createElement('input'))
      })
      expect((await seriousAxeViolations(page)).map((v) => v.id).sort()).toEqual(['color-contrast', 'label'])
    } finally {
      await page.close()
    }
  })
})

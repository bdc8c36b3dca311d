import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contrastRatio, parseHex, type Rgb } from '../../src/renderer/src/theme/contrast'
import { TOKEN_PAIRS } from '../../src/renderer/src/theme/text-pairs'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

// The theme in a real browser (the built console, browser mode, embedded sandbox): a 200-character
// campaign name at a 900 px window keeps every column on screen, columns keep their widths from
// one result set to the next, and the colours the page actually computes meet 4.5:1 in light and
// dark (forced by the Settings choice, or following the OS).

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e theme tables: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e')
const LONG_NAME = `Enterprise procurement leaders ${'across manufacturing, logistics and retail in DACH and the Nordics; '.repeat(4)}`.slice(0, 200)

/** `rgb(r, g, b)` / `rgba(r, g, b, 1)` as computed by the browser. */
function parseRgb(value: string): Rgb {
  const [r = NaN, g = NaN, b = NaN, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number)
  if (a !== 1) throw new Error(`translucent colour ${value}: compare against the colour below it`)
  return [r, g, b]
}

describe.skipIf(!chromiumPath.path)('theme and tables in browser mode', () => {
  let app: BrowserModeProcess
  let browser: Browser
  let page: Page
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
  const setTheme = (theme: 'light' | 'dark' | null) =>
    page.evaluate((t) => (t ? document.documentElement.setAttribute('data-theme', t) : document.documentElement.removeAttribute('data-theme')), theme)
  const longRow = () => page.getByRole('row').filter({ hasText: LONG_NAME })

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    app = await startBrowserMode(join(mkdtempSync(join(tmpdir(), 'cs-theme-')), 'data'))
    browser = await launchChromium(chromiumPath.path as string)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(15_000)
    await page.goto(app.url)
    await page.getByRole('row').nth(5).waitFor()
    await page.getByRole('button', { name: 'New campaign' }).click()
    await page.getByLabel('Name').fill(LONG_NAME)
    await page.getByRole('button', { name: 'Create campaign' }).click()
    // Creating opens the new campaign's editor; these tests are about the list, so go back to it.
    await page.getByRole('heading', { name: 'Launch checklist' }).waitFor()
    await page.getByRole('link', { name: 'Campaigns' }).first().click()
    await longRow().waitFor()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('at 900 px every column header and the long row’s cells, the upload button included, stay inside the window', async () => {
    await page.setViewportSize({ width: 900, height: 800 })
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const row = [...document.querySelectorAll('tbody tr')].find((tr) => (tr.textContent ?? '').length > 200)
      const targets = [...document.querySelectorAll('thead th'), ...(row ? [...row.children, ...row.querySelectorAll('button, .badge')] : [])]
      return {
        found: targets.length,
        outside: targets.filter((el) => { const r = el.getBoundingClientRect(); return r.left < 0 || r.right > width + 0.5 || r.width < 8 }).map((el) => el.textContent),
        sideScroll: document.documentElement.scrollWidth > width || [...document.querySelectorAll('.table-wrap')].some((w) => w.scrollWidth > w.clientWidth)
      }
    })
    expect(outside).toEqual({ found: 10 + 10 + 2, outside: [], sideScroll: false })
    expect(await longRow().getByRole('button', { name: `Actions for ${LONG_NAME}` }).isVisible()).toBe(true)
    await shot('60-theme-table-900-light')
  })

  it('cuts the long name with an ellipsis, keeps it whole for assistive tech, and shows it on keyboard focus', async () => {
    const name = longRow().locator('th .truncated')
    const measured = await name.evaluate((el) => ({ cut: el.scrollWidth > el.clientWidth, ellipsis: getComputedStyle(el).textOverflow, tag: el.tagName, href: el.getAttribute('href')?.startsWith('#/campaigns/'), title: el.getAttribute('title') }))
    // The name is a link to the campaign's page: focusable by nature, so the popover shows on Tab.
    expect(measured).toEqual({ cut: true, ellipsis: 'ellipsis', tag: 'A', href: true, title: LONG_NAME })
    expect(await longRow().getByRole('rowheader').textContent()).toBe(LONG_NAME)
    await page.getByLabel('Search campaigns').focus()
    for (let i = 0; i < 20 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true)
    const popover = page.locator('.truncated__popover')
    expect(await popover.textContent()).toBe(LONG_NAME)
    const box = await popover.evaluate((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, width: document.documentElement.clientWidth } })
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(box.width)
    await shot('61-theme-name-popover-900')
    await page.keyboard.press('Escape')
    expect(await popover.count()).toBe(0)
  })

  it('keeps every column’s width when the result set changes', async () => {
    const widths = () => page.locator('thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width * 10) / 10))
    await page.setViewportSize({ width: 1280, height: 900 })
    const all = await widths()
    await page.getByLabel('Status', { exact: true }).selectOption('COMPLETED')
    await expect.poll(() => page.getByRole('row').filter({ hasText: LONG_NAME }).count()).toBe(0)
    expect(await widths()).toEqual(all)
    await page.getByLabel('Status', { exact: true }).selectOption('')
    await longRow().waitFor()
    expect(await widths()).toEqual(all)
  })

  for (const [label, theme, scheme] of [
    ['light (explicit)', 'light', 'dark'],
    ['dark (explicit)', 'dark', 'light'],
    ['dark (following the OS)', null, 'dark'],
    ['light (following the OS)', null, 'light']
  ] as const) {
    it(`${label}: badges, body and header text meet 4.5:1 as computed by the browser`, async () => {
      await page.emulateMedia({ colorScheme: scheme })
      await setTheme(theme)
      const expected = theme ?? scheme
      const pairs = await page.evaluate(() => {
        const solidBg = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
          }
          return 'rgb(255, 255, 255)'
        }
        const sample = [...document.querySelectorAll('.badge, thead th, tbody th .truncated, tbody td.num, .menu-button__trigger, .pagination__total, .top-bar__label, .top-bar__sandbox, .data-age, h1')]
        return {
          scheme: getComputedStyle(document.documentElement).colorScheme,
          pairs: sample.map((el) => ({ what: `${el.className || el.tagName}: ${(el.textContent ?? '').slice(0, 20)}`, fg: getComputedStyle(el).color, bg: solidBg(el) }))
        }
      })
      expect(pairs.scheme).toBe(expected)
      expect(new Set(pairs.pairs.map((p) => p.what.split(':')[0]))).toEqual(
        new Set(['top-bar__sandbox', 'badge badge--draft', 'badge badge--active', 'badge badge--paused', 'badge badge--completed', 'badge badge--failed', 'TH', 'truncated', 'num', 'menu-button__trigger', 'pagination__total', 'top-bar__label', 'data-age', 'H1'])
      )
      const low = pairs.pairs.map((p) => ({ ...p, ratio: contrastRatio(parseRgb(p.fg), parseRgb(p.bg)) })).filter((p) => p.ratio < 4.5)
      expect(low).toEqual([])
      const pageBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
      expect(contrastRatio(parseRgb(pageBg), [255, 255, 255]) > 10).toBe(expected === 'dark')
      await page.setViewportSize({ width: 900, height: 800 })
      await shot(`62-theme-table-900-${label.replace(/\W+/g, '-').replace(/-$/, '')}`)
      await page.setViewportSize({ width: 1280, height: 900 })
    })
  }

  it('every token pair in the shipped CSS meets its minimum in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme)
      const values = await page.evaluate((names) => names.map((n) => getComputedStyle(document.documentElement).getPropertyValue(`--${n}`).trim()), [...new Set(TOKEN_PAIRS.flatMap((p) => [p.fg, p.bg]))])
      const names = [...new Set(TOKEN_PAIRS.flatMap((p) => [p.fg, p.bg]))]
      const value = (name: string) => parseHex(values[names.indexOf(name)] ?? '')
      const low = TOKEN_PAIRS.filter((p) => contrastRatio(value(p.fg) as Rgb, value(p.bg) as Rgb) < p.min).map((p) => `${theme}: ${p.fg} on ${p.bg}`)
      expect(values.every((v) => parseHex(v) !== null)).toBe(true)
      expect(low).toEqual([])
    }
    await setTheme(null)
  })
})

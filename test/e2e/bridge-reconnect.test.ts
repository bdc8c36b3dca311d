import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page, WebSocketRoute } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { findChromium, launchChromium } from '../support/chromium'

// The page's link to the console: a dropped socket shows "reconnecting…" and comes back by itself;
// a console killed and restarted (new token) tells the operator to use the new address.

const chromiumPath = findChromium()
if (!chromiumPath.path) console.log(`[skip] e2e bridge reconnect: ${chromiumPath.reason}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e')
const LOST = 'Connection to the console lost — reconnecting…'

describe.skipIf(!chromiumPath.path)('browser mode when the link to the console drops', () => {
  let dataDir: string
  let app: BrowserModeProcess
  let browser: Browser
  let page: Page
  const routes: WebSocketRoute[] = []
  let refuseNew = false
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    dataDir = mkdtempSync(join(tmpdir(), 'cs-reconnect-'))
    app = await startBrowserMode(dataDir)
    browser = await launchChromium(chromiumPath.path as string)
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
    page.setDefaultTimeout(10_000)
    // Every bridge socket goes through this route, so the test can cut one as a network would.
    await page.routeWebSocket(/\/bridge$/, (ws) => {
      routes.push(ws)
      if (refuseNew) return ws.close({ code: 4000, reason: 'network down (test)' })
      ws.connectToServer()
    })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('shows "reconnecting…" while the socket is down and recovers by itself when it comes back', async () => {
    await page.goto(app.url)
    await page.getByRole('row').nth(5).waitFor()
    refuseNew = true
    routes.at(-1)!.close({ code: 4000, reason: 'network down (test)' })
    const banner = page.getByRole('status').filter({ hasText: LOST })
    await banner.waitFor()
    // A retry is refused too (the network is still down) and the banner stays.
    await expect.poll(() => routes.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3)
    expect(await banner.isVisible()).toBe(true)
    await shot('20-bridge-reconnecting')
    refuseNew = false
    await banner.waitFor({ state: 'detached', timeout: 15_000 })
    // Working again: a screen switch reads fresh data through the new socket.
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('listitem', { name: /^Sandbox/ }).waitFor()
    expect(routes.length).toBeGreaterThanOrEqual(4)
  })

  it('after kill -9 it keeps saying "reconnecting…"; after a restart (new token) it says to use the new address', async () => {
    app.child.kill('SIGKILL')
    await page.getByRole('status').filter({ hasText: LOST }).waitFor()
    const port = new URL(app.url).port
    app = await startBrowserMode(dataDir, {}, ['--port', port])
    const refused = page.getByRole('heading', { name: 'Not connected to the console' })
    await refused.waitFor({ timeout: 20_000 })
    await shot('21-bridge-token-from-earlier-launch')
    await page.goto(app.url)
    await page.getByRole('row').nth(5).waitFor()
    expect(await page.getByRole('status').filter({ hasText: LOST }).count()).toBe(0)
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'vitest'
import { startBrowserMode } from '../support/browser-mode'
import { launchChromium } from '../support/chromium'
it('look', async () => {
  const app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'dbg-')))
  const browser = await launchChromium('/usr/bin/chromium')
  const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: 900 }, colorScheme: (process.env.SCHEME ?? 'light') as 'light' })
  page.on('console', (m) => console.log('console:', m.text()))
  await page.goto(app.url)
  await page.waitForTimeout(2500)
  await page.screenshot({ path: '/tmp/dbg/1.png' })
  let i = 2
  for (const h of (process.env.HASHES ?? '').split(',').filter(Boolean)) {
    await page.evaluate((x) => (location.hash = x), h)
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `/tmp/dbg/${i++}.png`, fullPage: true })
  }
  await browser.close()
  await app.stop()
}, 120_000)

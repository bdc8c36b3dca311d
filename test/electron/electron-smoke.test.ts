import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OPERATION_NAMES, splitOperationName } from '../../src/shared/contract'
import { ensureShellBuilt, ROOT } from './support/built-shell'
import { loadElectronBinary } from './support/electron-binary-module'

// The real thing: Playwright's _electron against the built app. Runs only where an Electron binary
// (and, on Linux, a display) exists; everywhere else it is reported as skipped, with the reason.
// The lookup never downloads: tests stay offline (`npm start` fetches the binary once).
const binary = (await loadElectronBinary()).findInstalledElectron()
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const skipReason = binary.path === null ? `no Electron binary (${binary.reason})` : noDisplay ? 'no display (set DISPLAY or run under xvfb-run)' : null
if (skipReason) console.log(`[electron-smoke] skipped: ${skipReason}`)

describe('Electron app under Playwright', () => {
  it.skipIf(skipReason !== null)('opens the hardened console window with window.coldsend and no Node', async () => {
    ensureShellBuilt()
    const { _electron } = await import('playwright-core')
    const env = { ...process.env } as Record<string, string>
    delete env.ELECTRON_RUN_AS_NODE
    const app = await _electron.launch({
      executablePath: binary.path!,
      args: [ROOT, '--data-dir', join(mkdtempSync(join(tmpdir(), 'coldsend-electron-')), 'data')],
      env,
      timeout: 60_000
    })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      expect(page.url()).toBe('app://console/index.html')
      await expect.poll(() => page.title()).toMatch(/ColdSend/i)
      await page.locator('h1, [role="heading"]').first().waitFor({ state: 'visible', timeout: 30_000 })
      const shape = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>
        const facade = w.coldsend as Record<string, Record<string, unknown>> | undefined
        return {
          coldsend: typeof facade,
          require: typeof w.require,
          process: typeof w.process,
          methods: facade ? Object.entries(facade).flatMap(([d, m]) => (typeof m === 'object' ? Object.keys(m).map((k) => `${d}.${k}`) : [])) : []
        }
      })
      expect(shape).toMatchObject({ coldsend: 'object', require: 'undefined', process: 'undefined' })
      expect(shape.methods.sort()).toEqual(OPERATION_NAMES.map((n) => splitOperationName(n).join('.')).sort())
      // Call options from the page survive contextBridge's copy into the preload's world; a bad one is refused by main.
      const withOptions = await page.evaluate(async () => {
        const app = (window as unknown as { coldsend: { app: { info(i: unknown, o?: unknown): Promise<{ ok: boolean; error?: { kind: string } }> } } }).coldsend.app
        const background = await app.info({}, { priority: 'background' })
        const refused = await app.info({}, { priority: 'interactive' })
        return { background: background.ok, refused: refused.ok ? 'ok' : refused.error?.kind }
      })
      expect(withOptions).toEqual({ background: true, refused: 'validation' })
    } finally {
      await app.close()
    }
  }, 120_000)
})

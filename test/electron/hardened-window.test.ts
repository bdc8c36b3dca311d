import { describe, expect, it, vi } from 'vitest'

const h = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./support/fake-electron.js')
  return { fake: createFakeElectron() }
})
vi.mock('electron', () => ({ ...h.fake.electron, default: h.fake.electron }))

const { createMainWindow } = await import('../../src/main/electron/hardened-window')

describe('createMainWindow', () => {
  it('builds a sandboxed, isolated, Node-free window that loads app://console and shows on ready-to-show', async () => {
    h.fake.app.becomeReady()
    const window = createMainWindow('/app/out/preload/index.cjs')
    const [entry] = h.fake.record.windows
    expect(entry!.options.show).toBe(false)
    expect(entry!.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
    for (const risky of ['allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'nodeIntegrationInWorker']) {
      expect(entry!.options.webPreferences![risky] ?? false, risky).toBe(false)
    }
    expect(entry!.loadedUrls).toEqual(['app://console/index.html'])
    expect(entry!.shown).toBe(false)
    await vi.waitFor(() => expect(entry!.shown).toBe(true))
    expect(window).toBeDefined()
  })
})

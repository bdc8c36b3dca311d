import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { OPERATION_NAMES, operationChannel } from '../../src/shared/contract'
import { ensureShellBuilt, OUT_DIR } from './support/built-shell'
import { runBuiltShell, type ShellRun } from './support/run-built-shell'

// The BUILT Electron entry (out/main/index.js) run under Node with a recording fake `electron`:
// checks what would actually ship — window options, preload path, protocol, IPC channels, guards.
describe('built Electron shell (fake electron)', () => {
  let run: ShellRun

  beforeAll(async () => {
    const built = ensureShellBuilt()
    run = await runBuiltShell(built.main)
  }, 180_000)

  it('boots its core, and exits cleanly on quit', () => {
    expect(run.output).toContain('[coldsend] core ready')
    expect(run.exitCode).toBe(0)
    expect(run.recording.app.quitted).toBe(true)
    expect(run.recording.violations).toEqual([])
  })

  it('creates one hardened window: sandboxed, isolated, no Node, hidden until ready', () => {
    expect(run.recording.windows).toHaveLength(1)
    const [window] = run.recording.windows
    const prefs = window!.options.webPreferences
    expect(prefs.sandbox).toBe(true)
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs).not.toHaveProperty('allowRunningInsecureContent')
    expect(prefs).not.toHaveProperty('experimentalFeatures')
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(window!.options.show).toBe(false)
    expect(window!.shown).toBe(true)
    expect(window!.loadedUrls).toEqual(['app://console/index.html'])
  })

  it('points the window at the built CommonJS preload, which exists', () => {
    const preload = String(run.recording.windows[0]!.options.webPreferences.preload)
    expect(preload).toBe(join(OUT_DIR, 'preload', 'index.cjs')) // out/preload/index.cjs unless COLDSEND_TEST_OUT_DIR is set
    expect(preload.replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/)
    expect(existsSync(preload)).toBe(true)
  })

  it('registers app:// as a privileged scheme and serves it with the CSP', () => {
    expect(run.recording.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(run.recording.protocolHandlers).toEqual(['app'])
    const { protocol } = run.recording.probes!
    expect(protocol.csp).toContain("default-src 'self'")
    expect(protocol.traversalStatus).toBe(403)
    if (existsSync(join(OUT_DIR, 'renderer/index.html'))) {
      expect(protocol.indexStatus).toBe(200)
      expect(protocol.indexType).toBe('text/html; charset=utf-8')
    }
  })

  it('registers exactly one ipcMain.handle per contract operation and no other IPC', () => {
    expect([...run.recording.ipcHandlers].sort()).toEqual(OPERATION_NAMES.map(operationChannel).sort())
    expect(run.recording.ipcListeners).toEqual([])
  })

  it('refuses IPC from null, sub- and foreign frames, and answers the console frame with an envelope', () => {
    const { ipc } = run.recording.probes!
    for (const hostile of [ipc.nullFrame, ipc.subFrame, ipc.evilOrigin]) {
      expect(hostile).toMatchObject({ ok: false, kind: 'internal' })
      expect(hostile.message).toMatch(/refused/i)
    }
    expect(ipc.trusted).toEqual({ ok: true })
  })

  it('keeps a canary API key out of every file in the data dir, IPC answers and push events', () => {
    const { canary } = run.recording.probes!
    expect(canary?.saved).toEqual({ ok: true })
    expect(canary?.echoed).toBe(false)
    expect(JSON.stringify(run.recording.sent)).not.toContain(run.canary)
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
    const written = files(run.dataDir)
    expect(written).toContain(join(run.dataDir, 'settings.json'))
    for (const file of written) expect(readFileSync(file, 'latin1'), file).not.toContain(run.canary)
    const settings = JSON.parse(readFileSync(join(run.dataDir, 'settings.json'), 'utf8')) as { secrets?: Record<string, unknown> }
    const stored = Object.values(settings.secrets ?? {})
    expect(stored.length).toBeGreaterThan(0)
    for (const value of stored) expect(value).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })

  it('denies new windows, foreign navigation, webviews and every permission', () => {
    const { probes, permissions, windows, openedExternal, app } = run.recording
    expect(windows[0]!.windowOpenHandler).toBe(true)
    expect(probes!.windowOpen).toEqual(['deny', 'deny'])
    expect(openedExternal).toEqual(['https://docs.coldsend.pro/guide'])
    expect(probes!.navigation).toEqual({ evilPrevented: true, appPrevented: false, redirectPrevented: true, webviewPrevented: true })
    expect(permissions).toEqual({ request: true, check: true, device: true })
    expect(probes!.permissionGranted).toBe(false)
    expect(probes!.permissionCheck).toBe(false)
    expect(app.events).toContain('web-contents-created')
  })

  it('enables the global sandbox, holds the single-instance lock, uses --data-dir, closes on quit', () => {
    const { app } = run.recording
    expect(app.sandboxEnabled).toBe(true)
    expect(app.singleInstanceLockRequested).toBe(true)
    expect(app.paths.userData).toBe(run.dataDir)
    expect(app.events).toContain('will-quit')
    expect(app.quitRequests).toBe(2) // the first quit is held until the core has closed
  })
})

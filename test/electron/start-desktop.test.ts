import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ROOT } from './support/built-shell'
import { loadStartDesktop, type BinaryLookup, type StartDesktopModule } from './support/start-desktop-module'

let launcher: StartDesktopModule
beforeAll(async () => {
  launcher = await loadStartDesktop()
})

const OFFLINE = 'fetch failed: getaddrinfo ENOTFOUND github.com'

/** A project folder with node_modules/electron@45.5.0 as npm ci leaves it: no path.txt, no dist/. */
function freshProject(): { root: string; electronDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'coldsend-start-'))
  const electronDir = join(root, 'node_modules/electron')
  mkdirSync(electronDir, { recursive: true })
  writeFileSync(join(root, 'package.json'), '{"name":"probe","private":true}')
  writeFileSync(join(electronDir, 'package.json'), '{"name":"electron","version":"45.5.0","main":"index.js"}')
  return { root, electronDir }
}

/** What electron's install.js leaves behind after a successful download. */
function placeBinary(electronDir: string): string {
  mkdirSync(join(electronDir, 'dist'), { recursive: true })
  writeFileSync(join(electronDir, 'dist/electron'), '#!/bin/sh\n')
  writeFileSync(join(electronDir, 'path.txt'), 'electron')
  return join(electronDir, 'dist/electron')
}

/** This process's environment without the Electron download switches, plus `extra`. */
const quietEnv = (extra: Record<string, string> = {}) => {
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  delete env.ELECTRON_OVERRIDE_DIST_PATH
  return { ...env, ...extra }
}

describe('scripts/start-desktop.js: finding or fetching Electron', () => {
  it('binary present: uses it and downloads nothing', () => {
    const { root, electronDir } = freshProject()
    const binary = placeBinary(electronDir)
    const download = vi.fn(() => null)
    const onDownload = vi.fn()
    expect(launcher.resolveElectronBinary({ root, env: quietEnv(), download, onDownload })).toEqual({ path: binary, reason: null })
    expect(download).not.toHaveBeenCalled()
    expect(onDownload).not.toHaveBeenCalled()
  })

  it('download succeeds: announces the version, runs the download once, then uses the new binary', () => {
    const { root, electronDir } = freshProject()
    const onDownload = vi.fn()
    const download = vi.fn((dir: string) => {
      placeBinary(dir)
      return null
    })
    const result = launcher.resolveElectronBinary({ root, env: quietEnv(), download, onDownload })
    expect(result).toEqual({ path: join(electronDir, 'dist/electron'), reason: null, download: 'done' })
    expect(onDownload).toHaveBeenCalledWith('45.5.0')
    expect(download).toHaveBeenCalledTimes(1)
    expect(download.mock.calls[0]![0]).toBe(electronDir)
  })

  it('download fails (offline): no binary, with the download error as the reason', () => {
    const { root } = freshProject()
    const onDownload = vi.fn()
    const result = launcher.resolveElectronBinary({ root, env: quietEnv(), download: () => OFFLINE, onDownload })
    expect(result).toEqual({ path: null, reason: OFFLINE, download: 'failed' })
    expect(onDownload).toHaveBeenCalledTimes(1)
  })

  it('a download that reports success but leaves no binary counts as failed', () => {
    const { root } = freshProject()
    expect(launcher.resolveElectronBinary({ root, env: quietEnv(), download: () => null })).toMatchObject({ path: null, download: 'failed' })
  })

  it('ELECTRON_SKIP_BINARY_DOWNLOAD set: never downloads and says so', () => {
    const { root } = freshProject()
    const download = vi.fn(() => null)
    const result = launcher.resolveElectronBinary({ root, env: quietEnv({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }), download })
    expect(result.path).toBeNull()
    expect(result.reason).toMatch(/45\.5\.0.*ELECTRON_SKIP_BINARY_DOWNLOAD is set/)
    expect(download).not.toHaveBeenCalled()
    const notSkipped = vi.fn(() => OFFLINE)
    launcher.resolveElectronBinary({ root, env: quietEnv({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }), download: notSkipped })
    expect(notSkipped).toHaveBeenCalledTimes(1)
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself, and reports a missing package', () => {
    const { root } = freshProject()
    const dist = mkdtempSync(join(tmpdir(), 'coldsend-dist-'))
    writeFileSync(join(dist, 'electron'), '')
    const download = vi.fn(() => OFFLINE)
    expect(launcher.resolveElectronBinary({ root, env: quietEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist }), download })).toEqual({ path: join(dist, 'electron'), reason: null })
    expect(download).not.toHaveBeenCalled()
    const empty = mkdtempSync(join(tmpdir(), 'coldsend-nopkg-'))
    writeFileSync(join(empty, 'package.json'), '{}')
    expect(launcher.resolveElectronBinary({ root: empty, env: quietEnv(), download }).reason).toBe('the electron package is not installed')
  })
})

describe('scripts/start-desktop.js: launching', () => {
  it('runs Electron on the app folder with the same args when a binary exists, printing nothing', async () => {
    const run = vi.fn(async () => 0)
    const log = vi.fn()
    const write = vi.fn()
    const code = await launcher.main(['--data-dir', '/tmp/d'], { build: () => 0, findBinary: () => ({ path: '/opt/electron', reason: null }), run, log, write })
    expect(code).toBe(0)
    expect(run).toHaveBeenCalledWith('/opt/electron', [ROOT, '--data-dir', '/tmp/d'])
    expect(log).not.toHaveBeenCalled()
    expect(write).not.toHaveBeenCalled()
  })

  it('first start with internet: one line "Downloading Electron … done." then Electron', async () => {
    const run = vi.fn(async () => 0)
    const out: string[] = []
    const findBinary = ({ onDownload }: { onDownload: (version: string) => void }): BinaryLookup => {
      onDownload('45.5.0')
      return { path: '/app/node_modules/electron/dist/electron', reason: null, download: 'done' }
    }
    await launcher.main([], { build: () => 0, findBinary, run, write: (text) => out.push(text), log: (line) => out.push(`${line}\n`) })
    expect(out.join('')).toBe('Downloading Electron 45.5.0 (first start only, about 100 MB)... done.\n')
    expect(run).toHaveBeenCalledWith('/app/node_modules/electron/dist/electron', [ROOT])
  })

  it('first start offline: exactly one line with the reason, then browser mode with the same args', async () => {
    const run = vi.fn(async () => 7)
    const out: string[] = []
    const findBinary = ({ onDownload }: { onDownload: (version: string) => void }): BinaryLookup => {
      onDownload('45.5.0')
      return { path: null, reason: OFFLINE, download: 'failed' }
    }
    const args = ['--port', '0', '--no-open']
    const code = await launcher.main(args, { build: () => 0, findBinary, run, write: (text) => out.push(text), log: (line) => out.push(`${line}\n`) })
    expect(code).toBe(7)
    const printed = out.join('')
    expect(printed.split('\n').filter(Boolean)).toHaveLength(1)
    expect(printed).toBe(`Downloading Electron 45.5.0 (first start only, about 100 MB)... failed (${OFFLINE}); starting browser mode instead.\n`)
    expect(run).toHaveBeenCalledWith(process.execPath, [join(ROOT, 'out/main/web.js'), ...args])
  })

  it('no download tried (skip set, package missing): one line and browser mode', async () => {
    const run = vi.fn(async () => 0)
    const log = vi.fn()
    const write = vi.fn()
    await launcher.main(['--no-open'], { build: () => 0, findBinary: () => ({ path: null, reason: 'the electron package is not installed' }), run, log, write })
    expect(log.mock.calls).toEqual([['Electron runtime not available on this machine (the electron package is not installed); starting browser mode instead.']])
    expect(write).not.toHaveBeenCalled()
    expect(run).toHaveBeenCalledWith(process.execPath, [join(ROOT, 'out/main/web.js'), '--no-open'])
  })

  it('stops with the build exit code when the build fails, before any download', async () => {
    const run = vi.fn(async () => 0)
    const findBinary = vi.fn(() => ({ path: null, reason: 'x' }))
    expect(await launcher.main([], { build: () => 2, findBinary, run, log: () => undefined })).toBe(2)
    expect(run).not.toHaveBeenCalled()
    expect(findBinary).not.toHaveBeenCalled()
  })

  it('builds with electron-vite only when out/ is incomplete and no ensure script exists', () => {
    const run = vi.fn(() => ({ status: 0 }))
    expect(launcher.ensureBuilt({ root: '/app', exists: () => false, run })).toBe(0)
    expect(run.mock.calls[0]!.slice(0, 2)).toEqual([process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build']])
    run.mockClear()
    const onlyOutputs = (path: string) => !path.endsWith('ensure-built.js')
    expect(launcher.ensureBuilt({ root: '/app', exists: onlyOutputs, run })).toBe(0)
    expect(run).not.toHaveBeenCalled()
  })

  it('forwards the child exit code and never passes ELECTRON_RUN_AS_NODE on', async () => {
    const script = 'process.exit(process.env.ELECTRON_RUN_AS_NODE === undefined ? 3 : 4)'
    await expect(launcher.runForeground(process.execPath, ['-e', script], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })).resolves.toBe(3)
  })
})

import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ROOT } from './support/built-shell'
import { loadStartDesktop, type StartDesktopModule } from './support/start-desktop-module'

let launcher: StartDesktopModule
beforeAll(async () => {
  launcher = await loadStartDesktop()
})

function requireFake(binary: () => unknown, installed = true) {
  return Object.assign((id: string) => (id === 'electron' ? binary() : undefined), {
    resolve: (id: string) => {
      if (!installed) throw new Error(`Cannot find module '${id}'`)
      return '/app/node_modules/electron/package.json'
    }
  })
}

describe('scripts/start-desktop.js: finding Electron', () => {
  it('explains each way the binary can be missing', () => {
    const { resolveElectronBinary } = launcher
    expect(resolveElectronBinary({ requireFn: requireFake(() => '', false) }).reason).toBe('the electron package is not installed')
    const throws = requireFake(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron\nand try again')
    })
    expect(resolveElectronBinary({ requireFn: throws, exists: () => false }).reason).toMatch(/never downloaded.*path\.txt/)
    expect(resolveElectronBinary({ requireFn: throws, exists: () => true }).reason).toBe(
      'Electron failed to install correctly, please delete node_modules/electron'
    )
    expect(resolveElectronBinary({ requireFn: requireFake(() => '/nope/electron'), exists: () => false }).reason).toBe('no Electron binary at /nope/electron')
    expect(resolveElectronBinary({ requireFn: requireFake(() => '/opt/electron'), exists: () => true })).toEqual({ path: '/opt/electron', reason: null })
  })
})

describe('scripts/start-desktop.js: launching', () => {
  it('runs Electron on the app folder with the same args when a binary exists', async () => {
    const run = vi.fn(async () => 0)
    const log = vi.fn()
    const code = await launcher.main(['--data-dir', '/tmp/d'], { build: () => 0, findBinary: () => ({ path: '/opt/electron', reason: null }), run, log })
    expect(code).toBe(0)
    expect(run).toHaveBeenCalledWith('/opt/electron', [ROOT, '--data-dir', '/tmp/d'])
    expect(log).not.toHaveBeenCalled()
  })

  it('prints one line and runs browser mode with the same args when there is no binary', async () => {
    const run = vi.fn(async () => 7)
    const log = vi.fn()
    const args = ['--port', '0', '--no-open', '--data-dir', '/tmp/d']
    const code = await launcher.main(args, { build: () => 0, findBinary: () => ({ path: null, reason: 'path.txt is missing' }), run, log })
    expect(code).toBe(7)
    expect(log.mock.calls).toEqual([['Electron runtime not available on this machine (path.txt is missing); starting browser mode instead.']])
    expect(run).toHaveBeenCalledWith(process.execPath, [join(ROOT, 'out/main/web.js'), ...args])
  })

  it('stops with the build exit code when the build fails', async () => {
    const run = vi.fn(async () => 0)
    expect(await launcher.main([], { build: () => 2, findBinary: () => ({ path: null, reason: 'x' }), run, log: () => undefined })).toBe(2)
    expect(run).not.toHaveBeenCalled()
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

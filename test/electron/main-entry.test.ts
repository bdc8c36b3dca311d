import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { PushEvent } from '../../src/main/core/core-api'
import type { BootOptions } from '../../src/main/bootstrap'
import { EVENT_CHANNEL, OPERATION_NAMES, operationChannel } from '../../src/shared/contract'
import { FakeEvent } from './support/fake-electron.js'

// The source entry (src/main/index.ts) under a vi.mock'd electron and a stand-in core: checks the
// wiring the built smoke test cannot see (boot options, IPC → core, push events, close on quit).
const h = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./support/fake-electron.js')
  const { mkdtempSync: mkdtemp } = await import('node:fs')
  const { tmpdir: tmp } = await import('node:os')
  const { join: joinPath } = await import('node:path')
  const dataDir = joinPath(mkdtemp(joinPath(tmp(), 'coldsend-entry-')), 'data')
  process.env.COLDSEND_DATA_DIR = dataDir
  const fake = createFakeElectron({ version: '9.8.7' })
  const listeners = new Set<(event: PushEvent) => void>()
  const core = {
    invoke: vi.fn(async (op: string, input: unknown) => ({ ok: true as const, value: { op, input } })),
    subscribe: vi.fn((listener: (event: PushEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }),
    close: vi.fn(async () => undefined),
    emit: (event: PushEvent) => listeners.forEach((listener) => listener(event))
  }
  return { fake, core, dataDir, bootConsole: vi.fn(async (_options: unknown) => core) }
})

vi.mock('electron', () => ({ ...h.fake.electron, default: h.fake.electron }))
vi.mock('../../src/main/bootstrap', () => ({ bootConsole: h.bootConsole }))

const { fake, core, dataDir } = h
const { record } = fake

beforeAll(async () => {
  await import('../../src/main/index')
  fake.app.becomeReady()
  await vi.waitFor(() => expect(h.bootConsole).toHaveBeenCalledTimes(1))
  await vi.waitFor(() => expect(core.subscribe).toHaveBeenCalledTimes(1))
  delete process.env.COLDSEND_DATA_DIR
})

describe('Electron entry wiring', () => {
  it('does the pre-ready work before ready and the rest after', () => {
    expect(record.violations).toEqual([])
    expect(record.app.sandboxEnabled).toBe(true)
    expect(record.app.singleInstanceLockRequested).toBe(true)
    expect(record.app.paths.userData).toBe(dataDir)
    expect(record.privilegedSchemes.map((s) => s.scheme)).toEqual(['app'])
    expect(Object.keys(record.protocolHandlers)).toEqual(['app'])
    expect(record.permissions.request).toBeTypeOf('function')
    expect(record.windows).toHaveLength(1)
  })

  it('boots the core with the desktop adapters and the COLDSEND_DATA_DIR data dir', async () => {
    const options = h.bootConsole.mock.calls[0]![0] as BootOptions
    expect(options).toMatchObject({ dataDir, shell: 'desktop', version: '9.8.7' })
    expect(options.env).toBe(process.env)
    expect(options.secrets.primary).toMatchObject({ id: 'safeStorage', secure: true })
    options.settings.set('ui.theme', 'dark')
    expect(options.settings.get('ui.theme')).toBe('dark')
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(true)
  })

  it('routes a trusted invoke to the core and refuses an untrusted one', async () => {
    expect(Object.keys(record.ipcHandlers).sort()).toEqual(OPERATION_NAMES.map(operationChannel).sort())
    const contents = record.windows[0]!.webContents
    const handler = record.ipcHandlers[operationChannel('campaigns.list')]!
    await expect(handler({ sender: contents, senderFrame: contents.mainFrame }, { page: 1 })).resolves.toEqual({
      ok: true,
      value: { op: 'campaigns.list', input: { page: 1 } }
    })
    const refused = await handler({ sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } }, {})
    expect(refused).toMatchObject({ ok: false, error: { kind: 'internal', operation: 'campaigns.list' } })
    expect(core.invoke).toHaveBeenCalledTimes(1)
  })

  it('forwards core push events to the console window', () => {
    const payload = { profileId: 'p', limit: 100, remaining: 5, resetAt: null, hourRemaining: null, queued: 0, pausedUntil: null, backgroundPaused: false }
    core.emit({ name: 'rateLimit.state', payload })
    expect(record.sent).toContainEqual([EVENT_CHANNEL, 'rateLimit.state', payload])
  })

  it('guards every new webContents', () => {
    const contents = record.windows[0]!.webContents
    const navigation = new FakeEvent({ url: 'https://evil.example/' })
    contents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.defaultPrevented).toBe(true)
    expect(record.windows[0]!.windowOpenHandler!({ url: 'https://coldsend.pro/' })).toEqual({ action: 'deny' })
  })

  it('holds the first quit until the core has closed, then quits', async () => {
    fake.app.quit()
    expect(record.app.quitted).toBe(false)
    await vi.waitFor(() => expect(record.app.quitted).toBe(true))
    expect(core.close).toHaveBeenCalledTimes(1)
    expect(record.app.quitRequests).toBe(2)
  })
})


import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const h = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./support/fake-electron.js')
  return { fake: createFakeElectron() }
})
vi.mock('electron', () => ({ ...h.fake.electron, default: h.fake.electron }))

const { createElectronSettingsStore } = await import('../../src/main/electron/electron-settings-store')

const freshDir = () => mkdtempSync(join(tmpdir(), 'coldsend-settings-'))

describe('electron-store settings adapter', () => {
  it('writes settings.json in the given data dir, owner-only', () => {
    const dir = freshDir()
    const { store, notice } = createElectronSettingsStore(dir)
    expect(notice).toBeNull()
    store.set('profiles.active', 'p1')
    store.set('secrets.p1', 'Y2lwaGVy')
    expect(store.get('profiles.active')).toBe('p1')
    const file = join(dir, 'settings.json')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ profiles: { active: 'p1' }, secrets: { p1: 'Y2lwaGVy' } })
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    store.delete('secrets.p1')
    expect(store.get('secrets.p1')).toBeUndefined()
    store.set('profiles.active', undefined)
    expect(store.get('profiles.active')).toBeUndefined()
  })

  it('moves a corrupt settings file aside and starts clean instead of crash-looping', () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'settings.json'), '{"profiles": {"active": "p1"')
    const { store, notice } = createElectronSettingsStore(dir, () => 1234)
    expect(notice?.message).toMatch(/not valid JSON.*settings\.corrupt-1234\.json.*add your connection profiles and API keys again/)
    expect(store.get('profiles.active')).toBeUndefined()
    expect(existsSync(join(dir, 'settings.corrupt-1234.json'))).toBe(true)
    store.set('a', 1)
    expect(readdirSync(dir).sort()).toEqual(['settings.corrupt-1234.json', 'settings.json'])
    if (process.platform !== 'win32') expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600)
  })

  it('sets aside JSON that is not a settings object (electron-store would silently empty it)', () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'settings.json'), '["not", "settings"]')
    const { store, notice } = createElectronSettingsStore(dir, () => 99)
    expect(notice?.message).toMatch(/does not hold a settings object/)
    expect(readFileSync(join(dir, 'settings.corrupt-99.json'), 'utf8')).toBe('["not", "settings"]')
    expect(store.get('a')).toBeUndefined()
  })

  it("drops electron-store's renderer sync channel: the contract is the only IPC", () => {
    createElectronSettingsStore(freshDir())
    expect(h.fake.ipcMain.listenerCount('electron-store-get-data')).toBe(0)
  })
})

import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createFakeSafeStorage } from './support/fake-safe-storage.js'

const h = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./support/fake-electron.js')
  return { fake: createFakeElectron() }
})
vi.mock('electron', () => ({ ...h.fake.electron, default: h.fake.electron }))

const { bootDesktopCore } = await import('../../src/main/electron/desktop-core')

// Probe from the security review, desktop side: a torn settings.json must not block start, and the
// operator must be told (the renderer shows app.info's notices in both shells).

describe('desktop core with a torn settings.json', () => {
  it('starts, keeps the torn file aside, and tells the window through app.info', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cs-desktop-torn-'))
    chmodSync(dataDir, 0o755)
    writeFileSync(join(dataDir, 'settings.json'), '{"profiles":{"items":[{"id":"p1","na', { mode: 0o644 })
    const core = await bootDesktopCore({ dataDir, version: '1.0.0', safeStorage: createFakeSafeStorage({ backend: 'gnome_libsecret' }), env: {} })
    try {
      const info = await core.invoke('app.info', {})
      expect(info).toMatchObject({ ok: true, value: { shell: 'desktop', notices: [{ code: 'settings_reset', message: expect.stringMatching(/not valid JSON.*settings\.corrupt-\d+\.json/) }] } })
      expect(readdirSync(dataDir).some((n) => /^settings\.corrupt-\d+\.json$/.test(n))).toBe(true)
      expect(statSync(join(dataDir, 'settings.json')).mode & 0o777).toBe(0o600)
      expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    } finally {
      await core.close()
    }
  })
})

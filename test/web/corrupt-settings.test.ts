import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserMode } from '../support/browser-mode'
import { bridgeTarget, callBridge, openBridge } from '../support/bridge/bridge-client'

// Probe from the security review: "A torn settings.json stops browser mode from starting
// (Unterminated string in JSON …); the browser-mode store does not set it aside, and writes it 0644."

const mode = (path: string) => statSync(path).mode & 0o777

describe.each([
  ['torn by a crash', '{"profiles":{"items":[{"id":"p1","name":"Rea'],
  ['valid JSON but not settings', '["profiles"]']
])('browser mode with a settings.json %s', (_name, content) => {
  it('starts anyway, sets the file aside, warns on stderr and in the page, and writes owner-only files', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cs-torn-'))
    writeFileSync(join(dataDir, 'settings.json'), content, { mode: 0o644 })
    const app = await startBrowserMode(dataDir)
    try {
      expect(app.output()).toMatch(/warning: The settings file could not be used .* kept as settings\.corrupt-\d+\.json/)
      const kept = readdirSync(dataDir).find((n) => /^settings\.corrupt-\d+\.json$/.test(n))
      expect(kept).toBeDefined()
      expect(readFileSync(join(dataDir, kept!), 'utf8')).toBe(content)

      const ws = await openBridge(bridgeTarget(app.url))
      const info = await callBridge(ws, 1, 'app.info', {})
      expect(info.result).toMatchObject({ ok: true, value: { notices: [{ code: 'settings_reset', message: expect.stringContaining(kept!) }] } })
      // A fresh store works: the Sandbox profile was created again.
      const list = await callBridge(ws, 2, 'profiles.list', {})
      expect(list.result).toMatchObject({ ok: true, value: { profiles: [{ name: 'Sandbox' }] } })
      await callBridge(ws, 3, 'secrets.allowWeakerStorage', { allow: true })
      const saved = await callBridge(ws, 4, 'profiles.save', { name: 'Kept key', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: 'cs_live_torntest0123456789abcdef' })
      expect(saved.result).toMatchObject({ ok: true, value: { key: { backend: 'weak-file' } } })
      ws.close()

      expect(mode(join(dataDir, 'settings.json'))).toBe(0o600)
      expect(mode(join(dataDir, 'weak-secret.key'))).toBe(0o600)
    } finally {
      await app.stop()
    }
  })
})

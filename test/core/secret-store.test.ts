import { describe, expect, it } from 'vitest'
import { Redactor } from '../../src/main/core/log/redactor'
import type { SecretBackendPort } from '../../src/main/core/ports'
import { SecretStore } from '../../src/main/core/secrets/secret-store'
import { createWeakFileBackend } from '../../src/main/node/weak-file-backend'
import { memoryKv } from '../support/memory-kv'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const canary = 'cs_live_CANARYsecretstore0123456789abcdefghijk'

function fakePrimary(available: boolean): SecretBackendPort & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return { id: 'safeStorage', secure: true, values, available: async () => available,
    put: async (r, s) => void values.set(r, `enc(${s.length})`), get: async (r) => (values.has(r) ? canary : null), remove: async (r) => void values.delete(r) }
}

const ORIGIN = 'https://api.coldsend.pro'

describe('SecretStore', () => {
  it('uses the OS store when it is available', async () => {
    const kv = memoryKv()
    const primary = fakePrimary(true)
    const store = new SecretStore({ primary, weaker: null, note: '' }, kv, new Redactor())
    await store.init()
    expect(await store.put('p1', canary, ORIGIN)).toBe('safeStorage')
    expect(store.status()).toMatchObject({ backend: 'safeStorage', secure: true, weakerAvailable: false })
  })

  it('falls back to memory only, offers the weaker opt-in, and moves memory keys on opt-in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-secrets-'))
    const kv = memoryKv()
    const weaker = createWeakFileBackend(dir, kv)
    let enabled = 0
    const store = new SecretStore({ primary: fakePrimary(false), weaker, note: 'No keyring.', enableWeaker: () => void enabled++ }, kv, new Redactor())
    await store.init()
    expect(await store.put('p1', canary, ORIGIN)).toBe('memory')
    expect(store.status()).toMatchObject({ backend: 'memory', weakerAvailable: true, weakerAllowed: false })
    expect(store.status().note).toMatch(/memory only/)
    expect(kv.dump()).not.toContain(canary)

    const moved = await store.setWeakerAllowed(true, ['p1'])
    expect(moved.get('p1')).toBe('weak-file')
    expect(enabled).toBe(1)
    expect(await store.get('p1', 'weak-file', ORIGIN)).toBe(canary)
    expect(kv.dump()).not.toContain(canary)
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8')).not.toContain(canary)
    expect(store.status()).toMatchObject({ backend: 'weak-file', secure: false, weakerAllowed: true })
  })

  it('returns null for a key whose backend is gone', async () => {
    const store = new SecretStore({ primary: fakePrimary(false), weaker: null, note: '' }, memoryKv(), new Redactor())
    await store.init()
    expect(await store.get('p1', 'keyring', ORIGIN)).toBeNull()
  })

  it('binds a key to the origin it was entered for: read for another origin, it is not there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-secrets-'))
    const kv = memoryKv()
    const store = new SecretStore({ primary: null, weaker: createWeakFileBackend(dir, kv), note: '' }, kv, new Redactor())
    await store.setWeakerAllowed(true, [])
    await store.init()
    expect(await store.put('p1', canary, ORIGIN)).toBe('weak-file')
    expect(await store.get('p1', 'weak-file', ORIGIN)).toBe(canary)
    expect(await store.get('p1', 'weak-file', 'https://api.coldsend.pro.evil.example')).toBeNull()
    expect(await store.get('p1', 'weak-file', 'http://127.0.0.1:4010')).toBeNull()
    expect(kv.dump()).not.toContain(canary)
  })
})

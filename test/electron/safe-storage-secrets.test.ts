import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../../src/main/core/ports'
import { SecretStorageError, secretSettingsKey } from '../../src/main/electron/safe-storage-port'
import { createSafeStorageSecrets } from '../../src/main/electron/safe-storage-secrets'
import { createFakeSafeStorage } from './support/fake-safe-storage.js'

const CANARY = 'cs_live_CANARY_7f3a9d1e5b2c4a6f8e0d'

function memoryKv(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>()
  return { data, get: (k) => data.get(k), set: (k, v) => void data.set(k, v), delete: (k) => void data.delete(k) }
}

function everythingStored(kv: { data: Map<string, unknown> }): string {
  return JSON.stringify([...kv.data.entries()])
}

describe('safeStorage secret platform', () => {
  it('uses safeStorage as the secure primary when Linux has a real secret store', async () => {
    const storage = createFakeSafeStorage({ backend: 'gnome_libsecret' })
    const platform = await createSafeStorageSecrets(storage, memoryKv(), 'linux')
    expect(platform.primary).toMatchObject({ id: 'safeStorage', secure: true })
    expect(platform.weaker).toBeNull()
    expect(platform.enableWeaker).toBeUndefined()
    expect(platform.note).toContain('gnome_libsecret')
    expect(storage.state.calls).toContain('getSelectedStorageBackend')
  })

  it('stores only base64 ciphertext under secrets.<ref>, never the plaintext, and reads it back', async () => {
    const kv = memoryKv()
    const platform = await createSafeStorageSecrets(createFakeSafeStorage(), kv, 'linux')
    await platform.primary!.put('profile-1', CANARY)
    const stored = kv.get('secrets.profile-1')
    expect(typeof stored).toBe('string')
    expect(stored).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(Buffer.from(String(stored), 'base64').toString('latin1')).not.toContain(CANARY)
    expect(everythingStored(kv)).not.toContain(CANARY)
    expect(everythingStored(kv)).not.toContain(Buffer.from(CANARY).toString('base64'))
    await expect(platform.primary!.get('profile-1')).resolves.toBe(CANARY)
    await platform.primary!.remove('profile-1')
    await expect(platform.primary!.get('profile-1')).resolves.toBeNull()
  })

  it('on Linux basic_text offers no primary, only an opt-in weaker port', async () => {
    const storage = createFakeSafeStorage({ backend: 'basic_text' })
    const kv = memoryKv()
    const platform = await createSafeStorageSecrets(storage, kv, 'linux')
    expect(platform.primary).toBeNull()
    expect(platform.weaker).toMatchObject({ id: 'weak-file', secure: false })
    expect(platform.note).toMatch(/weaker/i)
    await expect(platform.weaker!.available()).resolves.toBe(false)
    expect(storage.state.calls).not.toContain('setUsePlainTextEncryption:true')

    platform.enableWeaker!()
    expect(storage.state.calls).toContain('setUsePlainTextEncryption:true')
    await expect(platform.weaker!.available()).resolves.toBe(true)
    await platform.weaker!.put('profile-2', CANARY)
    expect(everythingStored(kv)).not.toContain(CANARY)
    await expect(platform.weaker!.get('profile-2')).resolves.toBe(CANARY)
  })

  it('falls back to memory-only (no ports) when encryption is unavailable', async () => {
    const platform = await createSafeStorageSecrets(createFakeSafeStorage({ available: false }), memoryKv(), 'win32')
    expect(platform).toMatchObject({ primary: null, weaker: null })
    expect(platform.note).toMatch(/memory only/)
  })

  it('names the OS store on macOS and Windows without asking for a Linux backend', async () => {
    const storage = createFakeSafeStorage()
    expect((await createSafeStorageSecrets(storage, memoryKv(), 'darwin')).note).toContain('Keychain')
    expect((await createSafeStorageSecrets(storage, memoryKv(), 'win32')).note).toContain('DPAPI')
    expect(storage.state.calls).not.toContain('getSelectedStorageBackend')
  })

  it('prefers the async API when it is present and available', async () => {
    const storage = createFakeSafeStorage({ asyncApi: true })
    const kv = memoryKv()
    const platform = await createSafeStorageSecrets(storage, kv, 'linux')
    await platform.primary!.put('p', CANARY)
    await expect(platform.primary!.get('p')).resolves.toBe(CANARY)
    expect(storage.state.calls).toContain('encryptStringAsync')
    expect(storage.state.calls).toContain('decryptStringAsync')
    expect(storage.state.calls).not.toContain('encryptString')
  })

  it('uses the sync trio when the async API reports itself unavailable', async () => {
    const storage = createFakeSafeStorage({ asyncApi: true, asyncAvailable: false })
    const platform = await createSafeStorageSecrets(storage, memoryKv(), 'linux')
    await platform.primary!.put('p', CANARY)
    expect(storage.state.calls).toContain('encryptString')
    expect(storage.state.calls).not.toContain('encryptStringAsync')
  })

  it('never puts the key in an error, and reads undecryptable data as "no key"', async () => {
    const kv = memoryKv()
    const failing = await createSafeStorageSecrets(createFakeSafeStorage({ failEncrypt: true }), kv, 'linux')
    const error = await failing.primary!.put('p', CANARY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SecretStorageError)
    expect(String((error as Error).message)).not.toContain(CANARY)
    expect((error as Error).cause).toBeUndefined()
    expect(JSON.stringify(error)).not.toContain(CANARY)
    expect(everythingStored(kv)).not.toContain(CANARY)

    kv.set('secrets.broken', Buffer.from('garbage').toString('base64'))
    const working = await createSafeStorageSecrets(createFakeSafeStorage(), kv, 'linux')
    await expect(working.primary!.get('broken')).resolves.toBeNull()
    await expect(working.primary!.get('missing')).resolves.toBeNull()
  })

  it('refuses refs that could nest or escape the secrets key, and empty secrets', async () => {
    expect(secretSettingsKey('profile:abc-1_2')).toBe('secrets.profile:abc-1_2')
    for (const ref of ['', 'a.b', '__proto__', 'constructor', '__proto__.x', '../x', 'a b', 'x'.repeat(129)]) {
      expect(() => secretSettingsKey(ref)).toThrow(SecretStorageError)
    }
    const platform = await createSafeStorageSecrets(createFakeSafeStorage(), memoryKv(), 'linux')
    await expect(platform.primary!.put('p', '')).rejects.toThrow(SecretStorageError)
  })
})

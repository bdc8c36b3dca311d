import type { KeyValueStore, SecretBackendPort } from '../core/ports'
import type { StringCipher } from './safe-storage-cipher'

/** A secret-storage failure whose message is fixed text: it never carries the key or a cause. */
export class SecretStorageError extends Error {
  override readonly name = 'SecretStorageError'
}

const REF_PATTERN = /^[A-Za-z0-9_:-]{1,128}$/
const RESERVED_REFS = new Set(['__proto__', 'prototype', 'constructor'])

/** Settings key holding a ref's ciphertext; refs are restricted so they cannot nest or escape `secrets`. */
export function secretSettingsKey(ref: string): string {
  if (!REF_PATTERN.test(ref) || RESERVED_REFS.has(ref)) throw new SecretStorageError('Invalid secret reference.')
  return `secrets.${ref}`
}

/** How a port is labelled and what it writes through. */
export interface SafeStoragePortOptions {
  id: 'safeStorage' | 'weak-file'
  secure: boolean
  cipher: StringCipher
  kv: KeyValueStore
}

/**
 * A SecretBackendPort over safeStorage: only base64 ciphertext reaches the settings store (under
 * `secrets.<ref>`). A value that no longer decrypts reads as "no key" (re-enter it) and is kept,
 * so a locked keychain does not destroy it; rotated keys are re-encrypted on read.
 */
export function createSafeStoragePort({ id, secure, cipher, kv }: SafeStoragePortOptions): SecretBackendPort {
  const reEncrypt = async (key: string, plain: string): Promise<void> => {
    try {
      kv.set(key, (await cipher.encrypt(plain)).toString('base64'))
    } catch {
      // keep the old ciphertext; it still decrypts
    }
  }
  return {
    id,
    secure,
    available: () => cipher.available(),
    async put(ref, secret) {
      const key = secretSettingsKey(ref)
      if (typeof secret !== 'string' || secret.length === 0) throw new SecretStorageError('Refusing to store an empty secret.')
      let data: Buffer
      try {
        data = await cipher.encrypt(secret)
      } catch {
        throw new SecretStorageError('The operating system could not encrypt the secret.')
      }
      kv.set(key, data.toString('base64'))
    },
    async get(ref) {
      const key = secretSettingsKey(ref)
      const stored = kv.get(key)
      if (typeof stored !== 'string' || stored.length === 0) return null
      let opened: { plain: string; reEncrypt: boolean }
      try {
        opened = await cipher.decrypt(Buffer.from(stored, 'base64'))
      } catch {
        return null
      }
      if (opened.reEncrypt) await reEncrypt(key, opened.plain)
      return opened.plain
    },
    async remove(ref) {
      kv.delete(secretSettingsKey(ref))
    }
  }
}

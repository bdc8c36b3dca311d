import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { KeyValueStore, SecretBackendPort } from '../core/ports'

const ALGO = 'aes-256-gcm'

function loadOrCreateKey(dataDir: string): Buffer {
  const file = join(dataDir, 'weak-secret.key')
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  mkdirSync(dataDir, { recursive: true })
  const key = randomBytes(32)
  writeFileSync(file, key.toString('base64'), { mode: 0o600 })
  return key
}

/**
 * Opt-in weaker storage for machines with no keyring: AES-256-GCM ciphertext in the settings store,
 * its key in a 0600 file beside it. Like Chromium's `basic_text`, it keeps keys out of plain sight
 * but not away from other programs running as the same user.
 */
export function createWeakFileBackend(dataDir: string, kv: KeyValueStore): SecretBackendPort {
  let key: Buffer | null = null
  const cipherKey = () => (key ??= loadOrCreateKey(dataDir))
  const slot = (ref: string) => `secrets.${ref}`
  return {
    id: 'weak-file',
    secure: false,
    available: async () => true,
    async put(ref, secret) {
      const iv = randomBytes(12)
      const cipher = createCipheriv(ALGO, cipherKey(), iv)
      const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
      kv.set(slot(ref), Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64'))
    },
    async get(ref) {
      const stored = kv.get(slot(ref))
      if (typeof stored !== 'string') return null
      const raw = Buffer.from(stored, 'base64')
      const decipher = createDecipheriv(ALGO, cipherKey(), raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    },
    remove: async (ref) => kv.delete(slot(ref))
  }
}

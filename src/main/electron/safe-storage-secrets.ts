import type { KeyValueStore, SecretPlatform } from '../core/ports'
import { createSafeStorageCipher, type SafeStorageLike } from './safe-storage-cipher'
import { createSafeStoragePort } from './safe-storage-port'

const PLATFORM_STORES: Readonly<Record<string, string>> = { darwin: 'macOS Keychain', win32: 'Windows DPAPI' }

/** Which OS store protects safeStorage's key; on Linux the backend Chromium picked (`unknown` before ready). */
export function describeBackend(storage: SafeStorageLike, platform: NodeJS.Platform): string {
  if (platform !== 'linux') return PLATFORM_STORES[platform] ?? platform
  try {
    return storage.getSelectedStorageBackend?.() ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * The desktop SecretPlatform (design §5). Call after `app.whenReady()`. A real OS store gives a
 * secure primary; Linux `basic_text` (hard-coded password, obfuscation only) gives no primary and
 * offers a weaker port whose opt-in calls `setUsePlainTextEncryption(true)`; no encryption at all
 * leaves the core on memory-only storage.
 */
export async function createSafeStorageSecrets(
  storage: SafeStorageLike,
  kv: KeyValueStore,
  platform: NodeJS.Platform = process.platform
): Promise<SecretPlatform> {
  const cipher = createSafeStorageCipher(storage)
  const backend = describeBackend(storage, platform)
  if (platform === 'linux' && backend === 'basic_text') {
    return {
      primary: null,
      weaker: createSafeStoragePort({ id: 'weak-file', secure: false, cipher, kv }),
      note: 'No OS secret store (GNOME Keyring, KWallet) was found, so keys stay in memory unless you allow weaker storage (obfuscated on disk, not protected).',
      enableWeaker: () => storage.setUsePlainTextEncryption?.(true)
    }
  }
  if (!(await cipher.available())) {
    return { primary: null, weaker: null, note: `OS encryption is not available (${backend}); keys stay in memory only.` }
  }
  return {
    primary: createSafeStoragePort({ id: 'safeStorage', secure: true, cipher, kv }),
    weaker: null,
    note: `Keys are encrypted with Electron safeStorage (${backend}).`
  }
}

/**
 * The parts of Electron's `safeStorage` we use. The async trio exists only in newer Electron
 * (42+), so it is optional and feature-detected: older builds fit this shape too; Electron 45 has it all.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  getSelectedStorageBackend?(): string
  setUsePlainTextEncryption?(usePlainText: boolean): void
  isAsyncEncryptionAvailable?(): Promise<boolean>
  encryptStringAsync?(plainText: string): Promise<Buffer>
  decryptStringAsync?(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
}

/** String encryption as the secret port needs it, whichever safeStorage API is behind it. */
export interface StringCipher {
  available(): Promise<boolean>
  encrypt(plain: string): Promise<Buffer>
  decrypt(data: Buffer): Promise<{ plain: string; reEncrypt: boolean }>
}

type AsyncSafeStorage = Required<Pick<SafeStorageLike, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'>>

function asyncApi(storage: SafeStorageLike): AsyncSafeStorage | null {
  const { isAsyncEncryptionAvailable, encryptStringAsync, decryptStringAsync } = storage
  if (typeof isAsyncEncryptionAvailable !== 'function') return null
  if (typeof encryptStringAsync !== 'function' || typeof decryptStringAsync !== 'function') return null
  return storage as AsyncSafeStorage
}

async function asyncUsable(storage: SafeStorageLike): Promise<AsyncSafeStorage | null> {
  const api = asyncApi(storage)
  if (!api) return null
  try {
    return (await api.isAsyncEncryptionAvailable()) ? api : null
  } catch {
    return null
  }
}

function syncAvailable(storage: SafeStorageLike): boolean {
  try {
    return storage.isEncryptionAvailable()
  } catch {
    return false
  }
}

/**
 * Prefers the non-blocking async API (key rotation, temporary unavailability) whenever it reports
 * itself available, else the sync trio; ciphertext is compatible between the two (Electron docs).
 * Decided per call, because availability can change (Linux opt-in, early-42 startup race).
 */
export function createSafeStorageCipher(storage: SafeStorageLike): StringCipher {
  return {
    async available() {
      return (await asyncUsable(storage)) !== null || syncAvailable(storage)
    },
    async encrypt(plain) {
      const api = await asyncUsable(storage)
      return api ? api.encryptStringAsync(plain) : storage.encryptString(plain)
    },
    async decrypt(data) {
      const api = await asyncUsable(storage)
      if (!api) return { plain: storage.decryptString(data), reEncrypt: false }
      const { result, shouldReEncrypt } = await api.decryptStringAsync(data)
      return { plain: result, reEncrypt: shouldReEncrypt }
    }
  }
}

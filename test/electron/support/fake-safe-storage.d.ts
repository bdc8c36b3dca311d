import type { SafeStorageLike } from '../../../src/main/electron/safe-storage-cipher'

/** Options for the fake safeStorage. */
export interface FakeSafeStorageOptions {
  backend?: string
  available?: boolean
  asyncApi?: boolean
  asyncAvailable?: boolean
  failEncrypt?: boolean
}

/** The fake safeStorage with its call log. */
export type FakeSafeStorage = Required<Pick<SafeStorageLike, 'getSelectedStorageBackend' | 'setUsePlainTextEncryption'>> &
  SafeStorageLike & { state: { plainTextAllowed: boolean; calls: string[] } }

/** Creates a fake safeStorage. */
export function createFakeSafeStorage(options?: FakeSafeStorageOptions): FakeSafeStorage

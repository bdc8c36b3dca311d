import type { SecretBackend } from '../../shared/contract/profiles'

/** Non-secret settings storage (electron-store in the desktop app, conf in browser mode, a Map in tests). */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  delete(key: string): void
}

/**
 * One place API keys can live. Implementations: Electron safeStorage (ciphertext in the settings
 * store), OS keyring, weak file cipher (opt-in), memory. Only ciphertext may ever touch disk.
 */
export interface SecretBackendPort {
  readonly id: Exclude<SecretBackend, 'environment'>
  /** True when the backend protects against other users/apps (not obfuscation, not memory). */
  readonly secure: boolean
  available(): Promise<boolean>
  put(ref: string, secret: string): Promise<void>
  get(ref: string): Promise<string | null>
  remove(ref: string): Promise<void>
}

/** What a shell offers for secrets: a secure backend if the OS has one, and a weaker opt-in one. */
export interface SecretPlatform {
  primary: SecretBackendPort | null
  weaker: SecretBackendPort | null
  /** Shown in Settings when the secure backend is unavailable: why (e.g. "no Secret Service on this desktop"). */
  note: string
  /** Called when the operator opts in to weaker storage (Electron: setUsePlainTextEncryption). */
  enableWeaker?: () => void
}

/** The embedded sandbox as the core needs it: started lazily, hands out keys. */
export interface SandboxPort {
  start(): Promise<{ baseUrl: string }>
  issueKey(scopes: string[], name: string): string
  stop(): Promise<void>
  readonly baseUrl: string | null
}

import { mkdirSync } from 'node:fs'
import { bootConsole } from '../bootstrap'
import type { Core } from '../core/core-api'
import { createElectronSettingsStore } from './electron-settings-store'
import type { SafeStorageLike } from './safe-storage-cipher'
import { createSafeStorageSecrets } from './safe-storage-secrets'

/** What the desktop shell knows when it boots the core. */
export interface DesktopCoreOptions {
  dataDir: string
  version: string
  safeStorage: SafeStorageLike
  env: Record<string, string | undefined>
}

/**
 * Builds the core the desktop way: electron-store settings and safeStorage secrets in `dataDir`.
 * Must run after `app.whenReady()` (safeStorage availability and the Linux backend are unknown before).
 */
export async function bootDesktopCore({ dataDir, version, safeStorage, env }: DesktopCoreOptions): Promise<Core> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const { store: settings, notice } = createElectronSettingsStore(dataDir)
  const secrets = await createSafeStorageSecrets(safeStorage, settings)
  return bootConsole({ dataDir, shell: 'desktop', version, settings, secrets, env, notices: notice ? [notice] : [] })
}

/** A core that will exist later: IPC handlers and quit hooks are wired before `ready` and await it. */
export interface PendingCore {
  promise: Promise<Core>
  resolve(core: Core): void
  reject(error: unknown): void
}

/** Creates the pending core; its rejection is pre-handled so a failed boot is logged, not unhandled. */
export function pendingCore(): PendingCore {
  let resolve!: (core: Core) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<Core>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  promise.catch(() => undefined)
  return { promise, resolve, reject }
}

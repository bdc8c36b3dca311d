import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { ipcMain } from 'electron'
import Store from 'electron-store'
import type { KeyValueStore } from '../core/ports'

const STORE_NAME = 'settings'

// electron-store registers this sync channel for renderer-side stores; the console has none, and
// the only IPC the renderer may reach is the contract's channels.
const STORE_RENDERER_CHANNEL = 'electron-store-get-data'

function openStore(dataDir: string): Store<Record<string, unknown>> {
  // 0o600: the file holds API-key ciphertext; cwd pins it to the data dir, not the default userData
  const store = new Store<Record<string, unknown>>({ cwd: dataDir, name: STORE_NAME, configFileMode: 0o600 })
  ipcMain.removeAllListeners(STORE_RENDERER_CHANNEL)
  return store
}

/**
 * electron-store as the core's KeyValueStore (non-secret settings + ciphertext only). A corrupt
 * file would throw on every access and crash-loop the app, so it is moved aside to
 * `settings.corrupt-<time>.json` and a clean store is opened instead.
 */
export function createElectronSettingsStore(dataDir: string, now: () => number = Date.now): KeyValueStore {
  let store: Store<Record<string, unknown>>
  try {
    store = openStore(dataDir)
  } catch (error) {
    const file = join(dataDir, `${STORE_NAME}.json`)
    if (!existsSync(file)) throw error
    renameSync(file, join(dataDir, `${STORE_NAME}.corrupt-${now()}.json`))
    store = openStore(dataDir)
  }
  return {
    get: (key) => store.get(key),
    set: (key, value) => (value === undefined ? store.delete(key) : store.set(key, value)),
    delete: (key) => store.delete(key)
  }
}

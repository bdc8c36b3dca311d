import { ipcMain } from 'electron'
import Store from 'electron-store'
import type { KeyValueStore } from '../core/ports'
import { openSettingsFile, type OpenedSettings } from '../core/settings/open-settings-file'

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
 * `settings.corrupt-<time>.json`, a clean store is opened, and the notice tells the operator.
 */
export function createElectronSettingsStore(dataDir: string, now: () => number = Date.now): OpenedSettings<KeyValueStore> {
  const { store, notice } = openSettingsFile(dataDir, STORE_NAME, () => openStore(dataDir), now)
  return {
    notice,
    store: {
      get: (key) => store.get(key),
      set: (key, value) => (value === undefined ? store.delete(key) : store.set(key, value)),
      delete: (key) => store.delete(key)
    }
  }
}

import Conf from 'conf'
import type { KeyValueStore } from '../core/ports'
import { openSettingsFile, type OpenedSettings } from '../core/settings/open-settings-file'

/**
 * Browser mode's settings file (`<dataDir>/settings.json`, the same format electron-store writes),
 * owner-only; a torn or invalid file is set aside with a notice instead of stopping the start.
 */
export function createConfSettingsStore(dataDir: string, now: () => number = Date.now): OpenedSettings<KeyValueStore> {
  const opened = openSettingsFile(dataDir, 'settings', () =>
    new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'coldsend-console', projectVersion: '1', configFileMode: 0o600 }), now)
  const conf = opened.store
  return {
    notice: opened.notice,
    store: {
      get: (key) => conf.get(key),
      set: (key, value) => (value === undefined ? conf.delete(key) : conf.set(key, value)),
      delete: (key) => conf.delete(key)
    }
  }
}

import Conf from 'conf'
import type { KeyValueStore } from '../core/ports'

/** Browser mode's settings file (`<dataDir>/settings.json`, the same format electron-store writes). */
export function createConfSettingsStore(dataDir: string): KeyValueStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'coldsend-console', projectVersion: '1' })
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    delete: (key) => conf.delete(key)
  }
}

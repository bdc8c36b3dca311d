import type { KeyValueStore, SecretPlatform } from '../core/ports'
import { createKeyringBackend } from './keyring-backend'
import { createWeakFileBackend } from './weak-file-backend'

/** Browser mode's secret options: the OS keyring when it answers, the weak file store as opt-in. */
export function createNodeSecretPlatform(dataDir: string, kv: KeyValueStore): SecretPlatform {
  return {
    primary: createKeyringBackend(),
    weaker: createWeakFileBackend(dataDir, kv),
    note: 'No OS keyring (Secret Service) answered on this machine.'
  }
}

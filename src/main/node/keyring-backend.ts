import { Entry } from '@napi-rs/keyring'
import type { SecretBackendPort } from '../core/ports'

const SERVICE = 'coldsend-console'

/**
 * The OS keyring (Secret Service on Linux, Keychain, Credential Manager) through a maintained
 * native binding. `available()` does a real write/read/delete round trip, because the binding loads
 * fine on machines whose keyring daemon is missing.
 */
export function createKeyringBackend(): SecretBackendPort {
  return {
    id: 'keyring',
    secure: true,
    async available() {
      try {
        const probe = new Entry(SERVICE, `probe-${process.pid}`)
        probe.setPassword('probe')
        const ok = probe.getPassword() === 'probe'
        probe.deletePassword()
        return ok
      } catch {
        return false
      }
    },
    put: async (ref, secret) => new Entry(SERVICE, ref).setPassword(secret),
    get: async (ref) => new Entry(SERVICE, ref).getPassword() ?? null,
    remove: async (ref) => void new Entry(SERVICE, ref).deletePassword()
  }
}

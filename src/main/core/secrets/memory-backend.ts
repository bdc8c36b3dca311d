import type { SecretBackendPort } from '../ports'

/** Keeps keys in this process only: the safe default when no OS store exists. Lost at exit. */
export function createMemoryBackend(): SecretBackendPort {
  const values = new Map<string, string>()
  return {
    id: 'memory',
    secure: true,
    available: async () => true,
    put: async (ref, secret) => void values.set(ref, secret),
    get: async (ref) => values.get(ref) ?? null,
    remove: async (ref) => void values.delete(ref)
  }
}

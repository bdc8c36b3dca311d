import type { Handlers } from '../dispatcher'
import { makeAppError, raise } from '../errors/app-error-factory'
import { testConnection } from '../profiles/connection-tester'
import type { ProfileService } from '../profiles/profile-service'
import type { SecretStore } from '../secrets/secret-store'

type ProfileHandlers = Pick<Handlers, 'profiles.list' | 'profiles.save' | 'profiles.remove' | 'profiles.activate' | 'profiles.test' | 'secrets.allowWeakerStorage'>

/** Settings operations: profiles CRUD, connection test, the weaker-storage opt-in. */
export function createProfileHandlers(profiles: ProfileService, secrets: SecretStore, notify: () => void, forgetClient: (id: string) => void = () => {}): ProfileHandlers {
  return {
    'profiles.list': async () => profiles.list(),
    'profiles.save': async (input) => {
      const saved = await profiles.save(input)
      // A new key or base URL is a different budget on the server: start the client fresh.
      forgetClient(saved.id)
      return saved
    },
    'profiles.remove': async ({ id }) => {
      await profiles.remove(id)
      forgetClient(id)
      return { done: true as const }
    },
    'profiles.activate': async ({ id }) => profiles.activate(id),
    'profiles.test': async (input) => {
      if ('baseUrl' in input) {
        const { baseUrl, apiKey, id } = input
        const stored = id ? profiles.connection(id) : null
        return testConnection(baseUrl, async () => apiKey ?? (stored ? await stored.getKey() : null))
      }
      const connection = profiles.connection(input.id)
      if (!connection) {
        raise(makeAppError({ kind: 'not_found', resource: 'profile', operation: 'profiles.test', guidance: 'refresh-list',
          message: 'That profile is not available (the embedded sandbox may be stopped).' }))
      }
      return testConnection(connection.baseUrl, connection.getKey)
    },
    'secrets.allowWeakerStorage': async ({ allow }) => {
      const moved = await secrets.setWeakerAllowed(allow, profiles.memoryRefs())
      for (const [ref, backend] of moved) profiles.markMoved(ref, backend)
      notify()
      return secrets.status()
    }
  }
}

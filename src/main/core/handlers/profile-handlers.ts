import type { Handlers } from '../dispatcher'
import { makeAppError, raise } from '../errors/app-error-factory'
import type { Redactor } from '../log/redactor'
import { checkBaseUrl, hostOf } from '../profiles/base-url'
import { connectionResult, testConnection } from '../profiles/connection-tester'
import type { ProfileService } from '../profiles/profile-service'
import type { SecretStore } from '../secrets/secret-store'

type ProfileHandlers = Pick<Handlers, 'profiles.list' | 'profiles.save' | 'profiles.remove' | 'profiles.activate' | 'profiles.test' | 'profiles.restoreSandbox' | 'secrets.allowWeakerStorage'>

/** Settings operations: profiles CRUD, restoring the Sandbox profile, connection test, the weaker-storage opt-in. */
export function createProfileHandlers(profiles: ProfileService, secrets: SecretStore, redactor: Redactor, notify: () => void, forgetClient: (id: string) => void = () => {}): ProfileHandlers {
  const redact = (text: string) => redactor.text(text)
  return {
    'profiles.list': async () => profiles.list(),
    'profiles.save': async (input) => {
      const saved = await profiles.save(input)
      // A new key or base URL is a different budget on the server: start the client fresh.
      forgetClient(saved.id)
      return saved
    },
    'profiles.remove': async ({ id, nextActiveId }) => {
      await profiles.remove(id, nextActiveId)
      forgetClient(id)
      return { done: true as const }
    },
    'profiles.activate': async ({ id }) => profiles.activate(id),
    'profiles.restoreSandbox': async () => profiles.restoreSandbox(),
    'profiles.test': async (input) => {
      if ('baseUrl' in input) {
        const { baseUrl, apiKey, id } = input
        if (apiKey) {
          // A draft key is known to the redactor before it is used, so no echo of it can cross.
          redactor.remember(apiKey)
          return testConnection(baseUrl, async () => apiKey, redact)
        }
        const stored = id ? profiles.connection(id) : null
        const draft = checkBaseUrl(baseUrl)
        if (!stored || !draft.ok) return testConnection(baseUrl, async () => null, redact)
        // A stored key is only ever sent to the URL it is stored with: a draft elsewhere needs the key typed again.
        if (draft.url !== stored.baseUrl) {
          return connectionResult('missing_key', `The stored key is only sent to ${hostOf(stored.baseUrl)}, the server it was entered for. `
            + `To test ${draft.url}, enter the API key again (or save the profile first).`)
        }
        return testConnection(stored.baseUrl, stored.getKey, redact)
      }
      const connection = profiles.connection(input.id)
      if (!connection) {
        raise(makeAppError({ kind: 'not_found', resource: 'profile', operation: 'profiles.test', guidance: 'refresh-list',
          message: 'That profile is not available (the embedded sandbox may be stopped).' }))
      }
      return testConnection(connection.baseUrl, connection.getKey, redact)
    },
    'secrets.allowWeakerStorage': async ({ allow }) => {
      const moved = await secrets.setWeakerAllowed(allow, profiles.memoryRefs())
      for (const [ref, backend] of moved) profiles.markMoved(ref, backend)
      notify()
      return secrets.status()
    }
  }
}

import type { AppInfo } from '../../shared/contract/app'
import type { Core } from './core-api'
import { createDispatcher, type Handlers } from './dispatcher'
import { EventBus } from './event-bus'
import { createApiHandlers } from './handlers/api-handlers'
import { createProfileHandlers } from './handlers/profile-handlers'
import type { ConsoleLog } from './log/console-log'
import type { ProfileService } from './profiles/profile-service'
import type { SandboxPort } from './ports'
import type { SecretStore } from './secrets/secret-store'

/** The assembled services a core is made of (built by bootstrap, or by tests with fakes). */
export interface CoreParts {
  info: Omit<AppInfo, 'sandbox'>
  profiles: ProfileService
  secrets: SecretStore
  sandbox: SandboxPort | null
  log: ConsoleLog
  bus: EventBus
}

/** Wires handlers for every contract operation behind the dispatcher; no electron, no I/O of its own. */
export function createCore(parts: CoreParts): Core {
  const { profiles, secrets, sandbox, log, bus } = parts
  const notifyProfiles = () => bus.emit({ name: 'profiles.changed', payload: profiles.list() })
  const handlers: Handlers = {
    'app.info': async () => ({ ...parts.info, sandbox: { running: sandbox?.baseUrl != null, baseUrl: sandbox?.baseUrl ?? null } }),
    ...createProfileHandlers(profiles, secrets, notifyProfiles),
    ...createApiHandlers(profiles, (profileId, h) =>
      bus.emit({ name: 'rateLimit.state', payload: { profileId, limit: h.limit, remaining: h.remaining,
        resetAt: h.resetAt === null ? null : new Date(h.resetAt).toISOString() } })
    )
  } satisfies Handlers
  const invoke = createDispatcher(handlers, log)
  return {
    invoke,
    subscribe: (listener) => bus.subscribe(listener),
    close: async () => {
      await sandbox?.stop()
    }
  }
}

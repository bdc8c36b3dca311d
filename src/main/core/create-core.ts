import type { AppInfo } from '../../shared/contract/app'
import { operations } from '../../shared/contract/operations'
import { ProfileClients } from './api/profile-clients'
import { toRateLimitEvent } from './api/budget/budget-state'
import type { Core } from './core-api'
import { createDispatcher, type FailureListener, type Handlers } from './dispatcher'
import type { ErrorLog } from './error-log'
import { EventBus } from './event-bus'
import { createApiHandlers } from './handlers/api-handlers'
import { createErrorLogHandlers } from './handlers/error-log-handlers'
import { createMailHandlers, type MailLookupSettings } from './handlers/mail-handlers'
import { createProfileHandlers } from './handlers/profile-handlers'
import type { ConsoleLog } from './log/console-log'
import type { Redactor } from './log/redactor'
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
  redactor: Redactor
  errorLog: ErrorLog
  /** Where the inbox wizard's DNS / autoconfig lookups go (default: the system resolver, the public URLs). */
  mail?: MailLookupSettings
  /** Test hook: budgets/retry settings for every profile's client (e.g. a shortened window). */
  clients?: ConstructorParameters<typeof ProfileClients>[0]
}

// The resource ids of a checked input (never other fields: those may hold passwords), so a record can link its form.
function idsOf(input: unknown): Record<string, string> {
  if (typeof input !== 'object' || input === null) return {}
  const ids: Record<string, string> = {}
  for (const key of ['campaign_id', 'inbox_id', 'lead_id', 'job_id'] as const) {
    const value = (input as Record<string, unknown>)[key]
    if (typeof value === 'string' && value.length <= 100) ids[key] = value
  }
  return ids
}

// Every failed operation becomes one error-log record, written off the caller's path (the error log's own ops excepted).
function errorRecorder(parts: CoreParts): FailureListener {
  return (operation, error, durationMs, input) => {
    if (operation.startsWith('errorLog.')) return
    const connection = parts.profiles.connection()
    const api = 'api' in operations[operation] ? (operations[operation] as { api: { method: string; path: string } }).api : null
    const ids = idsOf(input)
    return parts.errorLog.appendError(error, {
      ...(connection ? { profileId: connection.id, profileName: connection.name } : {}),
      ...(api ? { method: api.method, path: api.path } : {}),
      ...(Object.keys(ids).length > 0 ? { extra: ids } : {}),
      durationMs
    }).id
  }
}

/** Wires handlers for every contract operation behind the dispatcher; no electron, no I/O of its own. */
export function createCore(parts: CoreParts): Core {
  const { profiles, secrets, sandbox, log, bus } = parts
  const notifyProfiles = () => bus.emit({ name: 'profiles.changed', payload: profiles.list() })
  const clients = new ProfileClients({
    ...parts.clients,
    // Server text that goes into an AppError is scrubbed of every secret the console has handled (keys, mail passwords).
    client: { ...parts.clients?.client, redact: (text) => parts.redactor.text(text) },
    onBudgetState: (profileId, state) => bus.emit({ name: 'rateLimit.state', payload: toRateLimitEvent(profileId, state) })
  })
  const handlers: Handlers = {
    'app.info': async () => ({ ...parts.info, sandbox: { running: sandbox?.baseUrl != null, baseUrl: sandbox?.baseUrl ?? null } }),
    ...createProfileHandlers(profiles, secrets, parts.redactor, notifyProfiles, (id) => clients.forget(id)),
    ...createErrorLogHandlers(parts.errorLog),
    ...createMailHandlers(parts.redactor, parts.mail, (checkId, step) => bus.emit({ name: 'mail.check.step', payload: { checkId, step } })),
    ...createApiHandlers(profiles, clients, parts.redactor)
  } satisfies Handlers
  // The one redaction choke point for everything that leaves the core: envelopes and events alike.
  const scrub = <T,>(value: T): T => parts.redactor.outgoing(value)
  const invoke = createDispatcher(handlers, log, errorRecorder(parts), scrub)
  return {
    invoke,
    subscribe: (listener) => bus.subscribe((event) => listener(scrub(event))),
    close: async () => {
      clients.dispose()
      await parts.errorLog.close()
      await sandbox?.stop()
    }
  }
}

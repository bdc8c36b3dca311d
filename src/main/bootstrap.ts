import type { StartupNotice } from '../shared/contract/app'
import type { Core } from './core/core-api'
import { createCore, type CoreParts } from './core/create-core'
import { ErrorLog } from './core/error-log'
import { EventBus } from './core/event-bus'
import { createConsoleLog, type ConsoleLog } from './core/log/console-log'
import { Redactor } from './core/log/redactor'
import type { KeyValueStore, SandboxPort, SecretPlatform } from './core/ports'
import { ProfileService } from './core/profiles/profile-service'
import { SecretStore } from './core/secrets/secret-store'
import { createEmbeddedSandbox } from './embedded-sandbox'
import { mailLookupFromEnv } from './mail-lookup-env'

/** What a shell hands the core at start: its storage adapters and where data lives. */
export interface BootOptions {
  dataDir: string
  shell: 'desktop' | 'browser'
  version: string
  settings: KeyValueStore
  secrets: SecretPlatform
  env: Record<string, string | undefined>
  /** Start the embedded sandbox when no profile exists (default true). */
  embeddedSandbox?: boolean
  /** Replaces the embedded sandbox (tests). */
  sandbox?: SandboxPort
  /** What the operator must be told about this start (e.g. settings set aside); shown by the renderer. */
  notices?: StartupNotice[]
  /** Budget/retry settings for every profile's API client (tests shorten the rate window). */
  clients?: CoreParts['clients']
  log?: ConsoleLog
}

/** The result of booting: the core, plus the log both shells write through (already redacting). */
export interface BootedConsole extends Core {
  log: ConsoleLog
}

async function startSandboxProfile(profiles: ProfileService, log: ConsoleLog): Promise<void> {
  try {
    await profiles.startSandbox()
  } catch (error) {
    log.error('the embedded sandbox could not start', error)
  }
}

/**
 * Builds the core for a shell: secret store, profiles (persisted, Environment, Sandbox), and the
 * embedded sandbox on first launch. Both shells call this with their own adapters.
 */
export async function bootConsole(options: BootOptions): Promise<BootedConsole> {
  const redactor = new Redactor()
  const log = options.log ?? createConsoleLog(redactor)
  for (const notice of options.notices ?? []) log.warn(notice.message)
  const bus = new EventBus()
  const secrets = new SecretStore(options.secrets, options.settings, redactor)
  await secrets.init()
  const mail = mailLookupFromEnv(options.env)
  const sandbox = options.sandbox ?? (options.embeddedSandbox === false ? null : createEmbeddedSandbox(options.dataDir, (l) => log.info(l), mail.ca))
  let profiles: ProfileService | null = null
  profiles = new ProfileService(options.settings, secrets, sandbox, () => bus.emit({ name: 'profiles.changed', payload: profiles!.list() }))
  profiles.dropLostMemoryKeys()

  const envUrl = options.env.COLDSEND_BASE_URL
  const envKey = options.env.COLDSEND_API_KEY
  if (envUrl && envKey) {
    redactor.remember(envKey)
    profiles.useEnvironment(envUrl, envKey)
  }
  if (sandbox && !profiles.hasProfiles() && !(envUrl && envKey)) profiles.createSandboxProfile()
  if (sandbox && profiles.hasSandboxProfile()) await startSandboxProfile(profiles, log)

  const errorLog = new ErrorLog({ dataDir: options.dataDir, redactor, onError: (message, error) => log.warn(message, error) })
  const core = createCore({
    info: { version: options.version, shell: options.shell, dataDir: options.dataDir, notices: options.notices ?? [] },
    profiles, secrets, sandbox, log, bus, redactor, errorLog,
    mail,
    ...(options.clients ? { clients: options.clients } : {})
  })
  return { ...core, log }
}

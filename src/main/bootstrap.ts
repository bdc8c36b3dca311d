import type { Core } from './core/core-api'
import type { KeyValueStore, SecretPlatform } from './core/ports'

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
}

/** Builds the core for a shell: profiles, secrets, API client, embedded sandbox. Both shells call this. */
export async function bootConsole(_options: BootOptions): Promise<Core> {
  throw new Error('bootConsole: not implemented yet')
}

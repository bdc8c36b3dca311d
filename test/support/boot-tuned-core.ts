import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootConsole, type BootedConsole, type BootOptions } from '../../src/main/bootstrap'
import type { PushEvent } from '../../src/main/core/core-api'
import { createConsoleLog } from '../../src/main/core/log/console-log'
import { Redactor } from '../../src/main/core/log/redactor'
import { createConfSettingsStore } from '../../src/main/node/conf-settings-store'
import { createNodeSecretPlatform } from '../../src/main/node/node-secret-platform'
import type { Envelope } from '../../src/shared/contract/envelope'

/** What `bootTunedCore` may change from a plain browser-mode boot. */
export interface TunedBootOptions {
  dataDir?: string
  env?: Record<string, string>
  /** Shorter retries, attempt timeouts, reconcile settle (see CoreParts.clients). */
  clients?: BootOptions['clients']
  /** Default true, as in browser mode. */
  embeddedSandbox?: boolean
}

/**
 * A core booted like browser mode boots it (conf settings file, keyring-or-weak-file secrets,
 * embedded sandbox), with client settings a test may shorten. Keeps every log line, every envelope
 * returned by `invoke` (serialized) and every pushed event (serialized), for "the secret is nowhere" checks.
 */
export async function bootTunedCore(options: TunedBootOptions = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cs-tuned-'))
  const lines: string[] = []
  const envelopes: string[] = []
  const events: string[] = []
  const settings = createConfSettingsStore(dataDir).store
  const core: BootedConsole = await bootConsole({
    dataDir, shell: 'browser', version: 'test', settings, env: options.env ?? {},
    secrets: createNodeSecretPlatform(dataDir, settings),
    log: createConsoleLog(new Redactor(), (l) => lines.push(l)),
    ...(options.embeddedSandbox === undefined ? {} : { embeddedSandbox: options.embeddedSandbox }),
    ...(options.clients ? { clients: options.clients } : {})
  })
  const unsubscribe = core.subscribe((event: PushEvent) => events.push(JSON.stringify(event)))
  /** Invokes an operation, keeping the serialized envelope. */
  const invoke = async (op: string, input: unknown = {}): Promise<Envelope<unknown>> => {
    const result = await core.invoke(op, input)
    envelopes.push(JSON.stringify(result))
    return result
  }
  /** Calls an operation and returns the value, failing loudly on an error envelope. */
  const call = async <T = Record<string, unknown>>(op: string, input: unknown = {}): Promise<T> => {
    const result = await invoke(op, input)
    if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`)
    return result.value as T
  }
  const close = async () => {
    unsubscribe()
    await core.close()
  }
  return { core, invoke, call, close, dataDir, lines, envelopes, events }
}

export type TunedCore = Awaited<ReturnType<typeof bootTunedCore>>

/** Every file under a folder as raw bytes (for checks in several encodings). */
export function readAllBytes(dir: string): Array<{ file: string; bytes: Buffer }> {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? readAllBytes(full) : [{ file: full, bytes: readFileSync(full) }]
  })
}

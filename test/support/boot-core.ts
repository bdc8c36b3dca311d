import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootConsole, type BootedConsole } from '../../src/main/bootstrap'
import { createConsoleLog } from '../../src/main/core/log/console-log'
import { Redactor } from '../../src/main/core/log/redactor'
import { createConfSettingsStore } from '../../src/main/node/conf-settings-store'
import { createNodeSecretPlatform } from '../../src/main/node/node-secret-platform'

/** A core booted exactly as browser mode boots it, with its log lines captured. */
export async function bootTestCore(dataDir = mkdtempSync(join(tmpdir(), 'cs-core-')), env: Record<string, string> = {}) {
  const lines: string[] = []
  const settings = createConfSettingsStore(dataDir).store
  const core: BootedConsole = await bootConsole({
    dataDir, shell: 'browser', version: 'test', settings, env,
    secrets: createNodeSecretPlatform(dataDir, settings),
    log: createConsoleLog(new Redactor(), (l) => lines.push(l))
  })
  /** Calls an operation and returns the value, failing loudly on an error envelope. */
  const call = async <T = Record<string, unknown>>(op: string, input: unknown = {}): Promise<T> => {
    const result = await core.invoke(op, input)
    if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`)
    return result.value as T
  }
  return { core, call, dataDir, lines }
}

/** Every file under a folder, for "the secret is in no file" checks. */
export function readAllFiles(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? readAllFiles(full) : [{ file: full, text: readFileSync(full, 'latin1') }]
  })
}

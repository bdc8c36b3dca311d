import { readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import type { FileReadResult } from './log-reader'
import { isQuarantineName, quarantinePath } from './log-paths'

/** How many quarantined files are kept; older ones are deleted so a corrupting disk cannot fill up the dir. */
const KEEP_QUARANTINED = 5

/** Renames a file that cannot be read aside (never deletes it), then prunes old quarantined files. */
export async function quarantineFile(path: string, now: Date): Promise<string> {
  const target = quarantinePath(path, now)
  await rename(path, target)
  const names = await listQuarantined(dirname(path))
  for (const old of names.slice(KEEP_QUARANTINED)) await rm(join(dirname(path), old), { recursive: true, force: true })
  return basename(target)
}

/** Names of quarantined files in `dir`, newest first. */
export async function listQuarantined(dir: string): Promise<string[]> {
  try {
    const names = (await readdir(dir)).filter(isQuarantineName)
    const stamp = (n: string) => n.slice(n.lastIndexOf('.corrupt-'))
    return names.sort((a, b) => stamp(b).localeCompare(stamp(a)))
  } catch {
    return []
  }
}

/** What `settleRead` needs: a way to let go of the file first (the active one is open), the clock, and where to report. */
export interface SettleHooks {
  beforeQuarantine: () => Promise<void>
  now: () => Date
  onError: (message: string, error: unknown) => void
}

/**
 * Turns one file's read into records or nothing: a busy file is skipped for now (and said), an
 * unusable one is renamed aside so the log goes on without it. Never throws.
 */
export async function settleRead(path: string, result: FileReadResult, hooks: SettleHooks): Promise<{ records: ErrorLogRecord[]; badLines: number } | null> {
  if (result.status === 'ok') return result
  if (result.status === 'busy') hooks.onError(`skipped ${path} for now: ${result.reason}`, null)
  if (result.status === 'unusable') {
    try {
      await hooks.beforeQuarantine()
      const name = await quarantineFile(path, hooks.now())
      hooks.onError(`quarantined ${name}: ${result.reason}`, null)
    } catch (error) {
      hooks.onError(`could not quarantine ${path}`, error)
    }
  }
  return null
}

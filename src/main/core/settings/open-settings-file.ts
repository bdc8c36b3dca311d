import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { StartupNotice } from '../../../shared/contract/app'

/** A settings store, and what the operator must be told about how it was opened. */
export interface OpenedSettings<S> {
  store: S
  notice: StartupNotice | null
}

/** Why the file cannot be used as settings (torn JSON, or JSON that is not an object), or null. */
function unreadable(file: string): string | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'it cannot be read'
  }
  if (text.trim() === '') return null
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? null : 'it does not hold a settings object'
  } catch {
    return 'it is not valid JSON (probably cut short by a crash)'
  }
}

/**
 * Opens `<dir>/<name>.json` through `open` (electron-store or conf) so that a torn or invalid file
 * never blocks start: it is moved to `<name>.corrupt-<time>.json` (never deleted) and a fresh store
 * is opened, with a notice for the operator. The directory is 0700 and the file 0600 in both shells.
 */
export function openSettingsFile<S>(dir: string, name: string, open: () => S, now: () => number = Date.now): OpenedSettings<S> {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = join(dir, `${name}.json`)
  let reason = existsSync(file) ? unreadable(file) : null
  let store: S | null = null
  if (reason === null) {
    try {
      store = open()
    } catch {
      reason = 'the settings library could not load it'
    }
  }
  let notice: StartupNotice | null = null
  if (store === null) {
    const movedTo = join(dir, `${name}.corrupt-${now()}.json`)
    renameSync(file, movedTo)
    store = open()
    notice = {
      code: 'settings_reset',
      message: `The settings file could not be used (${reason ?? 'unknown problem'}). It was kept as ${basename(movedTo)} and the console started with fresh settings: add your connection profiles and API keys again.`
    }
  }
  // Narrow what an earlier version (or the operator) left wider: the directory holds key ciphertext.
  for (const [path, mode] of [[dir, 0o700], [file, 0o600]] as const) {
    try {
      if (existsSync(path)) chmodSync(path, mode)
    } catch {
      // not ours to change (e.g. Windows ACLs); new writes still use these modes
    }
  }
  return { store, notice }
}

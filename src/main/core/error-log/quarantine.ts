import { readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
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

import { chmod, stat } from 'node:fs/promises'

// Narrows `path` to `mode` (e.g. 0700, 0600) when group or others have any access; returns whether it changed.
// A missing path is left alone; Windows has no such modes, so nothing is done there.
export async function tightenMode(path: string, mode: number, log: (line: string) => void): Promise<boolean> {
  if (process.platform === 'win32') return false
  let current: number
  try {
    current = (await stat(path)).mode & 0o777
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
  if ((current & 0o077) === 0) return false
  try {
    await chmod(path, mode)
  } catch (err) {
    log(`sandbox: warning: ${path} is readable by others (mode ${current.toString(8)}) and could not be narrowed: ${(err as Error).message}`)
    return false
  }
  log(`sandbox: narrowed ${path} from mode ${current.toString(8)} to ${mode.toString(8)}`)
  return true
}

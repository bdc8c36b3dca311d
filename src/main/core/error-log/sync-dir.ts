import { open } from 'node:fs/promises'

/**
 * Makes a created or renamed directory entry durable (POSIX: fsync on the file alone does not).
 * Best effort: Windows cannot open a directory for fsync from Node, and some file systems refuse it.
 */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // durability of the directory entry is best effort; the data itself is already written
  }
}

import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { generationPath, listGenerations } from './log-paths'
import { listQuarantined } from './quarantine'
import { syncDir } from './sync-dir'

/**
 * Deletes every generation (active included) and every quarantined file in `dir`, telling
 * `beforeRemove` first. The caller must hold the log's write queue and have closed the active fd, so
 * no append is torn and the next one starts a fresh file.
 */
export async function removeLogFiles(dir: string, beforeRemove: (path: string) => Promise<void>, syncDirectory: boolean): Promise<void> {
  const paths = [...(await listGenerations(dir)).map((g) => generationPath(dir, g)), ...(await listQuarantined(dir)).map((n) => join(dir, n))]
  for (const path of paths) {
    await beforeRemove(path)
    await rm(path, { recursive: true, force: true })
  }
  if (syncDirectory && paths.length > 0) await syncDir(dir)
}

/** Bytes and count of the generation files `maxFiles` keeps (what the log occupies on disk). */
export async function logFileSizes(dir: string, maxFiles: number): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for (const g of await listGenerations(dir)) {
    if (g >= maxFiles) continue
    try {
      const info = await stat(generationPath(dir, g))
      if (!info.isFile()) continue
      bytes += info.size
      files += 1
    } catch {
      // rotated or removed meanwhile
    }
  }
  return { bytes, files }
}

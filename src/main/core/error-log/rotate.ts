import { rename, rm } from 'node:fs/promises'
import { generationPath, listGenerations } from './log-paths'

/**
 * Shifts generations up by one (active → .1 → .2 …) and drops what would pass `maxFiles` in all.
 * Works oldest first, so each rename targets a name already moved away or deleted: a crash at any
 * step leaves every surviving record in some generation (at worst with a gap in the numbering).
 */
export async function rotateGenerations(dir: string, maxFiles: number): Promise<void> {
  for (const g of await listGenerations(dir)) {
    if (g >= maxFiles - 1) await rm(generationPath(dir, g), { recursive: true, force: true })
    else await rename(generationPath(dir, g), generationPath(dir, g + 1))
  }
}

import { rename, rm } from 'node:fs/promises'
import { generationPath, listGenerations } from './log-paths'

/**
 * Shifts generations up by one (active → .1 → .2 …) and drops what would pass `maxFiles` in all.
 * Works oldest first, so each rename targets a name already moved away or deleted: a crash at any
 * step leaves every surviving record in some generation (at worst with a gap in the numbering).
 * `beforeRemove` is told of each file about to be deleted (the reader forgets its cached copy).
 */
export async function rotateGenerations(dir: string, maxFiles: number, beforeRemove: (path: string) => Promise<void> = async () => {}): Promise<void> {
  for (const g of await listGenerations(dir)) {
    if (g >= maxFiles - 1) {
      await beforeRemove(generationPath(dir, g))
      await rm(generationPath(dir, g), { recursive: true, force: true })
    } else {
      await rename(generationPath(dir, g), generationPath(dir, g + 1))
    }
  }
}

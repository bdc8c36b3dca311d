import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** Sub-directory of the data dir holding the error log (and its quarantined files). */
export const LOG_SUBDIR = 'logs'

const BASE = 'errors'
const QUARANTINE = /^errors(?:\.\d+)?\.jsonl\.corrupt-/
const GENERATION = /^errors(?:\.([1-9]\d{0,5}))?\.jsonl$/

/** Path of one generation: 0 is the active `errors.jsonl`, n is the rotated `errors.n.jsonl` (higher = older). */
export function generationPath(dir: string, generation: number): string {
  return join(dir, generation === 0 ? `${BASE}.jsonl` : `${BASE}.${generation}.jsonl`)
}

/** Generation numbers present in `dir`, highest (oldest) first; empty if the dir does not exist. */
export async function listGenerations(dir: string): Promise<number[]> {
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch {
    return []
  }
  const found: number[] = []
  for (const name of entries) {
    const match = GENERATION.exec(name)
    if (match) found.push(match[1] ? Number(match[1]) : 0)
  }
  return found.sort((a, b) => b - a)
}

/** Where a damaged file is set aside: same name plus a sortable stamp, so it never matches a generation. */
export function quarantinePath(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  return join(path, '..', `${basename(path)}.corrupt-${stamp}-${Math.random().toString(36).slice(2, 6)}`)
}

/** True for the names `quarantinePath` produces. */
export function isQuarantineName(name: string): boolean {
  return QUARANTINE.test(name)
}

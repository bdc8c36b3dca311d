import { tmpdir } from 'node:os'
import { join } from 'node:path'

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..')

/** What a reply to a hostile call must never contain: a stack frame, a source location, or a path of this machine (null when clean). */
export function leaksInternals(reply: string, dataDir: string): string | null {
  if (/\n\s+at\s/.test(reply) || /\bat\s+\S+\s+\([^)]*:\d+:\d+\)/.test(reply)) return 'stack frame'
  if (/\.(ts|js|mjs|cjs):\d+/.test(reply)) return 'source location'
  for (const path of [REPO_ROOT, dataDir, tmpdir(), '/node_modules/']) if (reply.includes(path)) return `path ${path}`
  return null
}

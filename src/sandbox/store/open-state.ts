import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { emptyState, seededState } from '../seed/state'
import { StatePersister } from './persister'
import { tightenMode } from './private-mode'
import { loadStateFile, removeStaleTempFiles } from './state-file'
import type { SandboxState } from './state'

/** The state to start from, whether it is new (and so must be written), and where it is saved. */
export interface OpenedState {
  state: SandboxState
  fresh: boolean
  persister: StatePersister | null
}

// A new store: the demo data (relative to now), or nothing when seeding is off.
function freshState(seed: boolean, now: Date): SandboxState {
  return seed ? seededState(now) : emptyState()
}

// Loads `<dataDir>/state.json` (or starts fresh; a corrupt file is set aside with a warning). The data dir
// is made private (0700, state.json 0600) and temp files of writes cut short by a crash are deleted first.
export async function openState(
  dataDir: string | null,
  seed: boolean,
  log: (line: string) => void,
  now: () => Date = () => new Date()
): Promise<OpenedState> {
  if (dataDir === null) return { state: freshState(seed, now()), fresh: true, persister: null }
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  await tightenMode(dataDir, 0o700, log)
  const file = join(dataDir, 'state.json')
  const stale = await removeStaleTempFiles(file)
  if (stale.length > 0) log(`sandbox: removed ${stale.length} temp file(s) left by an interrupted save: ${stale.join(', ')}`)
  await tightenMode(file, 0o600, log)
  const loaded = await loadStateFile(file)
  if (loaded.kind === 'corrupt') {
    log(`sandbox: warning: ${file} is ${loaded.reason}; moved it to ${loaded.movedTo} and started fresh`)
  }
  const state = loaded.kind === 'loaded' ? loaded.state : freshState(seed, now())
  return { state, fresh: loaded.kind !== 'loaded', persister: new StatePersister(file, () => state, log) }
}

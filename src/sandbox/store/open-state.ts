import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { emptyState, seededState } from '../seed/state'
import { StatePersister } from './persister'
import { loadStateFile } from './state-file'
import type { SandboxState } from './state'

/** The state to start from, whether it is new (and so must be written), and where it is saved. */
export interface OpenedState {
  state: SandboxState
  fresh: boolean
  persister: StatePersister | null
}

// A new store: the demo data, or nothing when seeding is off.
function freshState(seed: boolean): SandboxState {
  return seed ? seededState(new Date()) : emptyState()
}

// Loads `<dataDir>/state.json` (or starts fresh; a corrupt file is set aside with a warning).
export async function openState(dataDir: string | null, seed: boolean, log: (line: string) => void): Promise<OpenedState> {
  if (dataDir === null) return { state: freshState(seed), fresh: true, persister: null }
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const file = join(dataDir, 'state.json')
  const loaded = await loadStateFile(file)
  if (loaded.kind === 'corrupt') {
    log(`sandbox: warning: ${file} is ${loaded.reason}; moved it to ${loaded.movedTo} and started fresh`)
  }
  const state = loaded.kind === 'loaded' ? loaded.state : freshState(seed)
  return { state, fresh: loaded.kind !== 'loaded', persister: new StatePersister(file, () => state, log) }
}

import { newId } from '../clock'
import { createPrng } from '../store/prng'
import type { SandboxState } from '../store/state'
import { seedCampaigns } from './campaigns'

/** Fixed seed: the demo data is the same on every fresh start. */
const DEMO_SEED = 0xc01d5e4d

// A new store with the demo workspace (same IDs, names and counters every time).
export function seededState(now: Date): SandboxState {
  const rng = createPrng(DEMO_SEED)
  const owner = { team_id: rng.uuid(), user_id: rng.uuid() }
  return { version: 1, ...owner, campaigns: seedCampaigns(rng, now, owner), api_keys: [] }
}

// A new, empty store (seed: false).
export function emptyState(): SandboxState {
  return { version: 1, team_id: newId(), user_id: newId(), campaigns: [], api_keys: [] }
}

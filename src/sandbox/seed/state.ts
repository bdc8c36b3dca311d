import { newId } from '../clock'
import { createPrng } from '../store/prng'
import type { SandboxState } from '../store/state'
import { seedCampaigns } from './campaigns'
import { seedLeads } from './leads'
import { seedSenderAccounts } from './sender-accounts'

/** Fixed seed: the demo data is the same on every fresh start. */
const DEMO_SEED = 0xc01d5e4d

// A new store with the demo workspace (same IDs, names and counters every time).
export function seededState(now: Date): SandboxState {
  const rng = createPrng(DEMO_SEED)
  const owner = { team_id: rng.uuid(), user_id: rng.uuid() }
  // Order matters: campaigns are assigned seeded inboxes, leads belong to seeded campaigns.
  const sender_accounts = seedSenderAccounts(rng, now)
  const campaigns = seedCampaigns(rng, now, owner, sender_accounts)
  const leads = seedLeads(rng, now, campaigns)
  return { version: 1, ...owner, campaigns, api_keys: [], leads, lead_upload_jobs: [], sender_accounts, inbox_jobs: [] }
}

// A new, empty store (seed: false).
export function emptyState(): SandboxState {
  return { version: 1, team_id: newId(), user_id: newId(), campaigns: [], api_keys: [], leads: [], lead_upload_jobs: [], sender_accounts: [], inbox_jobs: [] }
}

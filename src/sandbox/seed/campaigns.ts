import { isoSeconds } from '../clock'
import { type CampaignStatus, CAMPAIGN_DEFAULTS, newCampaignRecord } from '../resources/campaigns/records'
import type { SenderAccountRecord } from '../resources/sender-accounts/record'
import type { Prng } from '../store/prng'
import type { CampaignRecord } from '../store/state'
import { seedSequences, seedVariants } from './campaign-content'

/** How far a DRAFT got: leads uploaded (and content written), content only, or nothing yet. */
type Setup = 'leads' | 'content' | 'blank'

/** The demo campaigns: name, status, age in days (spread over the last ~60 days) and, for drafts, their setup. */
const DEMO: ReadonlyArray<readonly [string, CampaignStatus, number, Setup]> = [
  ['Q1 SaaS Founders Outreach', 'COMPLETED', 58, 'leads'],
  ['Webinar Follow-up – March', 'COMPLETED', 52, 'leads'],
  ['Series A Fintech CFOs', 'ACTIVE', 45, 'leads'],
  ['Agency Partnerships EMEA', 'PAUSED', 40, 'leads'],
  ['Re-engagement: Churned Trials', 'COMPLETED', 34, 'leads'],
  ['E-commerce Brand Owners', 'FAILED', 29, 'leads'],
  ['Healthcare IT Directors', 'ACTIVE', 23, 'leads'],
  ['Real Estate Brokers Texas', 'PAUSED', 18, 'leads'],
  ['DevTools Heads of Platform', 'ACTIVE', 12, 'leads'],
  ['Logistics Ops Managers Q2', 'DRAFT', 7, 'leads'],
  ['Zürich Fintech Leaders', 'DRAFT', 3, 'content'],
  ['Manufacturing Procurement Pilot', 'DRAFT', 1, 'blank']
]

/** The CSV mapping (ColdSend field → CSV header) of every seeded campaign whose leads were uploaded. */
export const SEEDED_LEAD_MAPPING = { email: 'Email', first_name: 'First Name', last_name: 'Last Name', company: 'Company', job_title: 'Title' }

const DAY = 86_400_000
const HOUR = 3_600_000

// 1–3 distinct seeded inboxes (ACTIVE ones preferred) as stored `inboxes` items; none when there are no inboxes.
function pickInboxes(rng: Prng, all: readonly SenderAccountRecord[]): CampaignRecord['inboxes'] {
  const active = all.filter((a) => a.overall_status === 'ACTIVE')
  const pool = [...(active.length > 0 ? active : all)]
  const wanted = Math.min(pool.length, rng.int(1, 3))
  const chosen: SenderAccountRecord[] = []
  while (chosen.length < wanted) chosen.push(...pool.splice(rng.int(0, pool.length - 1), 1))
  return chosen.map((a) => ({ inbox_id: a.inbox_id, email_address: a.email_address, display_name: a.display_name, inbox_type: a.inbox_type }))
}

// Twelve demo campaigns in every status with variants, follow-ups and inboxes, identical for the same PRNG seed
// (times are relative to `now`). Counters start at zero: seedLeads derives them from the seeded leads.
export function seedCampaigns(
  rng: Prng,
  now: Date,
  owner: { team_id: string; user_id: string },
  inboxes: readonly SenderAccountRecord[]
): CampaignRecord[] {
  return DEMO.map(([name, status, ageDays, setup]) => {
    const created = new Date(now.getTime() - ageDays * DAY - rng.int(0, 20) * HOUR - rng.int(0, 59) * 60_000)
    const record = newCampaignRecord(
      {
        ...CAMPAIGN_DEFAULTS,
        name,
        sending_days: rng.next() < 0.8 ? [...CAMPAIGN_DEFAULTS.sending_days] : [1, 2, 3, 4],
        daily_limit_per_inbox: rng.pick([null, 25, 30, 50, 80] as const),
        timezone: rng.pick(['America/New_York', 'America/Chicago', 'Europe/London', 'Europe/Zurich'] as const),
        sending_window_start: rng.int(7, 10),
        sending_window_end: rng.int(15, 18),
        enable_tracking: rng.next() < 0.7
      },
      { campaign_id: rng.uuid(), team_id: owner.team_id, created_by: owner.user_id, created_at: isoSeconds(created) }
    )
    const launched = status !== 'DRAFT' && status !== 'FAILED'
    const launchedAt = new Date(created.getTime() + rng.int(2, 36) * HOUR)
    const updatedAt = new Date(Math.min(now.getTime(), (launched ? launchedAt : created).getTime() + rng.int(1, 72) * HOUR))
    const written = setup !== 'blank'
    return {
      ...record,
      status,
      current_step: status === 'DRAFT' ? (written ? 4 : 0) : 5,
      launched_at: launched ? isoSeconds(launchedAt) : null,
      updated_at: isoSeconds(updatedAt),
      lead_mapping: setup === 'leads' ? { ...SEEDED_LEAD_MAPPING } : null,
      variants: written ? seedVariants(rng, name) : [],
      sequences: written ? seedSequences(rng) : [],
      inboxes: status === 'DRAFT' ? [] : pickInboxes(rng, inboxes)
    }
  })
}

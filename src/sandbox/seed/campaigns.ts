import { isoSeconds } from '../clock'
import { type CampaignStatus, CAMPAIGN_DEFAULTS, newCampaignRecord } from '../resources/campaigns/records'
import type { Prng } from '../store/prng'
import type { CampaignRecord } from '../store/state'

/** The demo campaigns: name, status and age in days (spread over the last ~60 days). */
const DEMO: ReadonlyArray<readonly [string, CampaignStatus, number]> = [
  ['Q1 SaaS Founders Outreach', 'COMPLETED', 58],
  ['Webinar Follow-up – March', 'COMPLETED', 52],
  ['Series A Fintech CFOs', 'ACTIVE', 45],
  ['Agency Partnerships EMEA', 'PAUSED', 40],
  ['Re-engagement: Churned Trials', 'COMPLETED', 34],
  ['E-commerce Brand Owners', 'FAILED', 29],
  ['Healthcare IT Directors', 'ACTIVE', 23],
  ['Real Estate Brokers Texas', 'PAUSED', 18],
  ['DevTools Heads of Platform', 'ACTIVE', 12],
  ['Logistics Ops Managers Q2', 'DRAFT', 7],
  ['Zürich Fintech Leaders', 'DRAFT', 3],
  ['Manufacturing Procurement Pilot', 'DRAFT', 1]
]

const DAY = 86_400_000

// Counters that hang together: sent + bounced ≤ leads, opens ≤ sent, replies ≤ opens (or sent), unsubscribes ≤ sent.
function counters(rng: Prng, status: CampaignStatus, tracking: boolean) {
  const total = rng.int(300, 2400)
  const progress = { DRAFT: 0, FAILED: 0, ACTIVE: rng.float(0.25, 0.8), PAUSED: rng.float(0.1, 0.55), COMPLETED: 1 }[status]
  const processed = Math.round(total * progress)
  const bounces = Math.round(processed * rng.float(0.005, 0.035))
  const sent = processed - bounces
  const opens = tracking ? Math.round(sent * rng.float(0.3, 0.6)) : 0
  const replies = Math.min(Math.round(sent * rng.float(0.01, 0.07)), tracking ? opens : sent)
  const unsubscribes = Math.round(sent * rng.float(0, 0.008))
  return {
    total_leads: status === 'DRAFT' && rng.next() < 0.4 ? 0 : total,
    sent_count: sent,
    open_count: opens,
    reply_count: replies,
    bounce_count: bounces,
    unsubscribe_count: unsubscribes
  }
}

function demoVariant(name: string) {
  return {
    variant_name: 'A',
    variant_label: null,
    subject_template: `{{first_name}}, quick question about {{company}}`,
    email_content: `Hi {{first_name}},\n\nReaching out about ${name.toLowerCase()}.\n\nWorth a short call next week?`,
    distribution_percent: 100
  }
}

// Twelve demo campaigns in every status, identical for the same PRNG seed (times are relative to `now`).
export function seedCampaigns(rng: Prng, now: Date, owner: { team_id: string; user_id: string }): CampaignRecord[] {
  return DEMO.map(([name, status, ageDays]) => {
    const created = new Date(now.getTime() - ageDays * DAY - rng.int(0, 20) * 3_600_000 - rng.int(0, 59) * 60_000)
    const tracking = rng.next() < 0.7
    const record = newCampaignRecord(
      {
        ...CAMPAIGN_DEFAULTS,
        name,
        sending_days: rng.next() < 0.8 ? [...CAMPAIGN_DEFAULTS.sending_days] : [1, 2, 3, 4],
        daily_limit_per_inbox: rng.pick([null, 25, 30, 50, 80] as const),
        timezone: rng.pick(['America/New_York', 'America/Chicago', 'Europe/London', 'Europe/Zurich'] as const),
        sending_window_start: rng.int(7, 10),
        sending_window_end: rng.int(15, 18),
        enable_tracking: tracking
      },
      { campaign_id: rng.uuid(), team_id: owner.team_id, created_by: owner.user_id, created_at: isoSeconds(created) }
    )
    const launched = status !== 'DRAFT' && status !== 'FAILED'
    const launchedAt = new Date(created.getTime() + rng.int(2, 36) * 3_600_000)
    const updatedAt = new Date(Math.min(now.getTime(), (launched ? launchedAt : created).getTime() + rng.int(1, 72) * 3_600_000))
    return {
      ...record,
      ...counters(rng, status, tracking),
      status,
      current_step: launched || status === 'FAILED' ? 5 : rng.int(0, 4),
      launched_at: launched ? isoSeconds(launchedAt) : null,
      updated_at: isoSeconds(updatedAt),
      variants: status === 'DRAFT' ? [] : [demoVariant(name)]
    }
  })
}

import { isoSeconds } from '../clock'
import { countLeads } from '../resources/campaigns/counters'
import type { LeadRecord } from '../resources/leads/record'
import type { Prng } from '../store/prng'
import type { CampaignRecord } from '../store/state'
import { type LeadActivity, type SendContext, USUAL_BOUNCE_SHARE, failedSend, mailed, untouched } from './lead-activity'
import { seedPeople } from './lead-people'

/** Share of a campaign's leads already mailed, per status (DRAFT and FAILED mail nobody successfully). */
const PROGRESS: Record<string, readonly [number, number]> = { COMPLETED: [1, 1], ACTIVE: [0.35, 0.8], PAUSED: [0.15, 0.55] }

/** The demo campaign with a deliverability problem (bounce rate over 5 %), so analytics has a danger flag to show. */
const BOUNCE_SHARE: Readonly<Record<string, number>> = { 'Real Estate Brokers Texas': 0.3 }

// What happened to the i-th of `total` leads, given the campaign's status and how far sending got.
function activityFor(rng: Prng, c: CampaignRecord, i: number, mailedCount: number, total: number, send: SendContext): LeadActivity {
  if (c.status === 'FAILED') return i < Math.ceil(total * 0.15) ? failedSend(rng, send) : untouched('PENDING')
  // The first lead of a sending campaign is always delivered, so every ACTIVE campaign shows sends.
  if (i < mailedCount) return mailed(rng, send, i > 0)
  return c.status === 'ACTIVE' && i < mailedCount + Math.ceil(total * 0.1) ? untouched('QUEUED') : untouched('PENDING')
}

// One campaign's leads, uploaded as one CSV batch some hours after the campaign was created.
function leadsFor(rng: Prng, now: Date, c: CampaignRecord): LeadRecord[] {
  const total = c.status === 'DRAFT' ? rng.int(15, 25) : rng.int(15, 60)
  const [lo, hi] = PROGRESS[c.status] ?? [0, 0]
  const mailedCount = Math.round(total * rng.float(lo, hi))
  const created = Date.parse(c.created_at)
  const start = c.launched_at === null ? Date.parse(c.updated_at) : Date.parse(c.launched_at)
  // One row a second, all before sending starts.
  const uploaded = created + 60_000 + rng.next() * Math.max(0, start - created - 120_000)
  const end = c.status === 'ACTIVE' ? now.getTime() : Date.parse(c.updated_at)
  const send: SendContext = { from: start, to: Math.max(start, end), tracking: c.enable_tracking, steps: 1 + c.sequences.length, bounceShare: BOUNCE_SHARE[c.name] ?? USUAL_BOUNCE_SHARE }
  const batchId = rng.uuid()
  return seedPeople(rng, total).map((person, i) => ({
    lead_id: rng.uuid(),
    campaign_id: c.campaign_id,
    batch_id: batchId,
    email: person.email,
    first_name: person.first_name,
    last_name: person.last_name,
    company: person.company,
    custom_fields: { job_title: person.job_title },
    ...activityFor(rng, c, i, mailedCount, total, send),
    created_at: isoSeconds(new Date(uploaded + i * 1000))
  }))
}

// Demo leads for every seeded campaign with a lead mapping (a few hundred in all), with statuses that fit the
// campaign (DRAFT: all PENDING; COMPLETED: none PENDING). Also sets each campaign's counters from its leads.
export function seedLeads(rng: Prng, now: Date, campaigns: CampaignRecord[]): LeadRecord[] {
  const all: LeadRecord[] = []
  for (const c of campaigns) {
    if (c.lead_mapping === null) continue
    const leads = leadsFor(rng, now, c)
    Object.assign(c, countLeads(leads))
    all.push(...leads)
  }
  return all
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { contentProblem } from '../../src/sandbox/resources/campaigns/content'
import { initialVariantModel, sequenceModel } from '../../src/sandbox/resources/campaigns/content-schema'
import { recountAll, recountCampaign } from '../../src/sandbox/resources/campaigns/counters'
import { seededState } from '../../src/sandbox/seed/state'
import type { CampaignRecord, SandboxState } from '../../src/sandbox/store/state'
import { type ListBody, call, startWithKey } from './helpers'

const NOW = new Date('2025-03-10T12:00:00Z')
const DELIVERED = ['SENT', 'OPENED', 'REPLIED', 'UNSUBSCRIBED']
type Variant = { variant_name: string; distribution_percent: number }
type Step = { step_number: number; wait_days: number; variants: Variant[] }

// Counters recomputed independently of the production code, straight from lead statuses and flags.
function expectedCounters(state: SandboxState, c: CampaignRecord) {
  const leads = state.leads.filter((l) => l.campaign_id === c.campaign_id)
  const sent = leads.filter((l) => DELIVERED.includes(l.status))
  return {
    total_leads: leads.length,
    sent_count: sent.length,
    open_count: sent.filter((l) => l.email_opened).length,
    reply_count: sent.filter((l) => l.email_replied).length,
    bounce_count: leads.filter((l) => l.status === 'BOUNCED').length,
    unsubscribe_count: sent.filter((l) => l.unsubscribed).length
  }
}

describe('seeded campaigns and leads', () => {
  const state = seededState(NOW)
  const leadsOf = (c: CampaignRecord) => state.leads.filter((l) => l.campaign_id === c.campaign_id)

  it('is deterministic and covers every status with the twelve demo campaigns', () => {
    expect(JSON.stringify(seededState(NOW))).toBe(JSON.stringify(state))
    expect(state.campaigns).toHaveLength(12)
    expect(new Set(state.campaigns.map((c) => c.status))).toEqual(new Set(['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED']))
  })

  it('has a few hundred leads, 15–60 per campaign that has any, all belonging to seeded campaigns', () => {
    expect(state.leads.length).toBeGreaterThanOrEqual(200)
    expect(state.leads.length).toBeLessThanOrEqual(700)
    const ids = new Set(state.campaigns.map((c) => c.campaign_id))
    expect(state.leads.every((l) => ids.has(l.campaign_id))).toBe(true)
    for (const c of state.campaigns) {
      const n = leadsOf(c).length
      if (n > 0) expect(n).toBeGreaterThanOrEqual(15)
      expect(n).toBeLessThanOrEqual(60)
      expect(n > 0).toBe(c.lead_mapping !== null)
      const emails = leadsOf(c).map((l) => l.email)
      expect(new Set(emails).size).toBe(emails.length)
      for (const e of emails) expect(e).toMatch(/^[a-z]+\.[a-z]+\d*@[a-z]+\.example$/)
    }
  })

  it('derives every counter from the leads, and lead statuses fit the campaign status', () => {
    for (const c of state.campaigns) {
      expect({ name: c.name, ...expectedCounters(state, c) }).toEqual({ name: c.name, ...pickCounters(c) })
      const statuses = new Set(leadsOf(c).map((l) => l.status))
      if (c.status === 'DRAFT') expect([...statuses].every((s) => s === 'PENDING')).toBe(true)
      if (c.status === 'COMPLETED') expect(statuses.has('PENDING') || statuses.has('QUEUED')).toBe(false)
      if (c.status === 'ACTIVE') expect([c.sent_count > 0, statuses.size > 2, statuses.has('PENDING')]).toEqual([true, true, true])
      if (c.status === 'FAILED') expect([c.sent_count, c.launched_at, statuses.has('FAILED')]).toEqual([0, null, true])
      if (!c.enable_tracking) expect(c.open_count).toBe(0)
      for (const l of leadsOf(c)) {
        expect(l.created_at <= (c.launched_at ?? c.updated_at)).toBe(true)
        if (l.last_contacted_at !== null && c.launched_at !== null) expect(l.last_contacted_at >= c.launched_at).toBe(true)
        if (l.replied_at !== null) expect(l.replied_at >= l.last_contacted_at!).toBe(true)
        expect((l.last_contacted_at ?? '') <= NOW.toISOString()).toBe(true)
      }
    }
  })

  it('gives campaigns valid variants (1–3, summing to 100) and follow-ups (0–3) that pass the C4 rules', () => {
    const blank = state.campaigns.filter((c) => c.variants.length === 0).map((c) => c.name)
    expect(blank).toEqual(['Manufacturing Procurement Pilot'])
    for (const c of state.campaigns.filter((x) => x.variants.length > 0)) {
      const variants = c.variants as Variant[]
      const steps = c.sequences as Step[]
      expect(variants.length).toBeGreaterThanOrEqual(1)
      expect(variants.length).toBeLessThanOrEqual(3)
      expect(variants.reduce((sum, v) => sum + v.distribution_percent, 0)).toBe(100)
      expect(steps.length).toBeLessThanOrEqual(3)
      for (const v of variants) expect(initialVariantModel(v, ['v']).ok).toBe(true)
      for (const s of steps) expect(sequenceModel(s, ['s']).ok).toBe(true)
      expect(contentProblem(variants as never, steps as never)).toBeNull()
    }
    const stepCounts = new Set(state.campaigns.map((c) => c.sequences.length))
    expect(stepCounts.size).toBeGreaterThan(1)
  })

  it('assigns 1–3 seeded inboxes to non-DRAFT campaigns (when inboxes are seeded) and none to drafts', () => {
    const known = new Map(state.sender_accounts.map((a) => [a.inbox_id, a]))
    for (const c of state.campaigns) {
      if (c.status === 'DRAFT' || known.size === 0) expect(c.inboxes).toEqual([])
      else expect(c.inboxes.length).toBeGreaterThanOrEqual(1)
      expect(c.inboxes.length).toBeLessThanOrEqual(3)
      for (const i of c.inboxes) {
        const a = known.get(i.inbox_id)!
        expect(i).toEqual({ inbox_id: a.inbox_id, email_address: a.email_address, display_name: a.display_name, inbox_type: a.inbox_type })
      }
    }
  })
})

function pickCounters(c: CampaignRecord) {
  const { total_leads, sent_count, open_count, reply_count, bounce_count, unsubscribe_count } = c
  return { total_leads, sent_count, open_count, reply_count, bounce_count, unsubscribe_count }
}

describe('recountCampaign / recountAll', () => {
  it('re-derives stored counters after leads change', () => {
    const state = seededState(NOW)
    const has = (x: CampaignRecord, status: string) => state.leads.some((l) => l.campaign_id === x.campaign_id && l.status === status)
    const c = state.campaigns.find((x) => x.status === 'ACTIVE' && has(x, 'PENDING') && has(x, 'BOUNCED'))!
    const pending = state.leads.find((l) => l.campaign_id === c.campaign_id && l.status === 'PENDING')!
    Object.assign(pending, { status: 'REPLIED', email_replied: true })
    state.leads.splice(state.leads.findIndex((l) => l.campaign_id === c.campaign_id && l.status === 'BOUNCED'), 1)
    const before = pickCounters(c)
    recountCampaign(state, c.campaign_id)
    expect(pickCounters(c)).toEqual({ ...before, total_leads: before.total_leads - 1, sent_count: before.sent_count + 1, reply_count: before.reply_count + 1, bounce_count: before.bounce_count - 1 })
    for (const x of state.campaigns) Object.assign(x, { total_leads: 999, sent_count: 999 })
    recountAll(state)
    for (const x of state.campaigns) expect(pickCounters(x)).toEqual(expectedCounters(state, x))
    expect(() => recountCampaign(state, '3c90c3cc-0d44-4b50-8888-8dd25736052a')).not.toThrow()
  })
})

describe('seeded data through the API (C1 and C3 agree)', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('shows the same counters in the list and the detail, with real variants, sequences, inboxes and mapping', async () => {
    const list = ((await call(sandbox, '/campaigns?limit=100', { key })).body as ListBody).campaigns
    const total = list.reduce((sum, c) => sum + (c['total_leads'] as number), 0)
    expect(total).toBeGreaterThanOrEqual(200)
    for (const row of list) {
      const detail = (await call(sandbox, `/campaigns/${row.campaign_id}`, { key })).body as Record<string, unknown>
      for (const k of ['total_leads', 'sent_count', 'reply_count', 'open_count', 'bounce_count', 'unsubscribe_count']) expect(detail[k]).toBe(row[k])
      expect(Array.isArray(detail['variants']) && Array.isArray(detail['sequences']) && Array.isArray(detail['inboxes'])).toBe(true)
      if ((row['total_leads'] as number) > 0) expect(detail['lead_mapping']).toMatchObject({ email: 'Email' })
    }
  })
})

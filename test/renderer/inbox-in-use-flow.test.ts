// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { CampaignDetail } from '../../src/shared/contract/campaigns'
import { removeInboxFromCampaigns, type RemovalStepReport } from '../../src/renderer/src/screens/inboxes/in-use/remove-inbox-from-campaigns'
import { planRemoval } from '../../src/renderer/src/screens/inboxes/in-use/removal-plan'
import { createFakeFacade } from './helpers/fake-facade'
import { campaignDetail, errorBase } from './helpers/fixtures'

const INBOX = { inbox_id: 'in-1', email_address: 'old@example.com' }
const slot = (id: string) => ({ inbox_id: id, email_address: `${id}@example.com` })

/** A tiny in-memory ColdSend: campaign records the fake facade reads and changes, and the calls in order. */
function world(records: CampaignDetail[], failures: Partial<Record<'pause' | 'update' | 'activate' | 'delete', AppError>> = {}) {
  const byId = new Map(records.map((c) => [c.campaign_id, structuredClone(c)]))
  const calls: string[] = []
  const refused = (message: string, operation: string): AppError => ({ ...errorBase, operation, kind: 'business', code: 'invalid_state', detail: message, message, guidance: 'refresh-list' })
  const fake = createFakeFacade({
    'campaigns.get': ({ campaign_id }) => ({ ok: true, value: structuredClone(byId.get(campaign_id)!) }),
    'campaigns.pause': ({ campaign_id }) => {
      calls.push(`pause ${campaign_id}`)
      if (failures.pause) return { ok: false, error: failures.pause }
      const c = byId.get(campaign_id)!
      if (c.status !== 'ACTIVE') return { ok: false, error: refused('not active', 'campaigns.pause') }
      c.status = 'PAUSED'
      return { ok: true, value: { status: 'PAUSED' } }
    },
    'campaigns.update': ({ campaign_id, inbox_ids }) => {
      calls.push(`update ${campaign_id} ${(inbox_ids ?? []).join(',')}`)
      if (failures.update) return { ok: false, error: failures.update }
      const c = byId.get(campaign_id)!
      if (c.status === 'ACTIVE') return { ok: false, error: refused('pause first', 'campaigns.update') }
      c.inboxes = (inbox_ids ?? []).map(slot)
      return { ok: true, value: { campaign_id, status: c.status, updated_at: null, missing_requirements: [] } }
    },
    'campaigns.activate': ({ campaign_id }) => {
      calls.push(`resume ${campaign_id}`)
      if (failures.activate) return { ok: false, error: failures.activate }
      byId.get(campaign_id)!.status = 'ACTIVE'
      return { ok: true, value: { status: 'ACTIVE' } }
    },
    'senders.delete': ({ inbox_id }) => {
      calls.push(`delete ${inbox_id}`)
      return failures.delete ? { ok: false, error: failures.delete } : { ok: true, value: { inbox_id, deleted: true } }
    }
  })
  return { fake, byId, calls }
}

function recorder() {
  const last = new Map<string, RemovalStepReport>()
  const seen: string[] = []
  return { last, seen, onStep: (id: string, r: RemovalStepReport) => (last.set(id, r), seen.push(`${id}=${r.state}`)) }
}

const spring = campaignDetail({ campaign_id: 'c-spring', name: 'Spring launch', status: 'ACTIVE', inboxes: [slot('in-1'), slot('in-2')] })
const draft = campaignDetail({ campaign_id: 'c-draft', name: 'Autumn draft', status: 'DRAFT', inboxes: [slot('in-3'), slot('in-1')] })
const paused = campaignDetail({ campaign_id: 'c-paused', name: 'Held back', status: 'PAUSED', inboxes: [slot('in-1'), slot('in-4')] })
const updateRefused: AppError = { ...errorBase, operation: 'campaigns.update', status: 400, kind: 'business', code: 'request_refused', detail: 'No.', message: 'ColdSend refused the change.', guidance: 'fix-request' }

describe('planRemoval', () => {
  it('pauses and resumes only sending campaigns, and blocks finished ones and those with no other inbox', () => {
    const only = campaignDetail({ campaign_id: 'c-only', name: 'Solo', status: 'PAUSED', inboxes: [slot('in-1')] })
    const done = campaignDetail({ campaign_id: 'c-done', name: 'Old one', status: 'COMPLETED', inboxes: [slot('in-1'), slot('in-2')] })
    const plan = planRemoval(INBOX, [spring, draft, only, done])
    expect(plan.steps.map((s) => s.label)).toEqual(['Pause Spring launch', 'Remove this inbox from Spring launch', 'Resume Spring launch', 'Remove this inbox from Autumn draft', 'Delete old@example.com'])
    expect(plan.planned.map((p) => p.sentence)).toEqual(['Pause Spring launch, remove this inbox, resume it.', 'Remove this inbox from Autumn draft (it stays draft).'])
    expect(plan.blocked.map((b) => [b.campaign.name, b.reason])).toEqual([['Solo', 'only-inbox'], ['Old one', 'finished']])
  })
})

describe('removeInboxFromCampaigns', () => {
  it('pauses the sending campaign, takes the inbox out of each, resumes it, then deletes the inbox', async () => {
    const { fake, byId, calls } = world([spring, draft, paused])
    const r = recorder()
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [spring, draft, paused], r.onStep)
    expect(outcome).toEqual({ ok: true, removedFrom: [{ campaign_id: 'c-spring', name: 'Spring launch' }, { campaign_id: 'c-draft', name: 'Autumn draft' }, { campaign_id: 'c-paused', name: 'Held back' }] })
    expect(calls).toEqual(['pause c-spring', 'update c-spring in-2', 'resume c-spring', 'update c-draft in-3', 'update c-paused in-4', 'delete in-1'])
    expect([...byId.values()].map((c) => [c.name, c.status, c.inboxes?.map((i) => i.inbox_id)])).toEqual([
      ['Spring launch', 'ACTIVE', ['in-2']],
      ['Autumn draft', 'DRAFT', ['in-3']],
      ['Held back', 'PAUSED', ['in-4']]
    ])
    expect(r.seen.slice(0, 6).every((s) => s.endsWith('=pending'))).toBe(true)
    expect(r.seen[6]).toBe('c-spring:pause=running')
    expect([...r.last.values()].every((s) => s.state === 'done')).toBe(true)
    expect(r.seen).toContain('c-spring:pause=running')
  })

  it('never resumes a campaign that was not sending', async () => {
    const { fake, calls } = world([draft, paused])
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [draft, paused], recorder().onStep)
    expect(outcome.ok).toBe(true)
    expect(calls.some((c) => c.startsWith('resume') || c.startsWith('pause'))).toBe(false)
    expect(fake.spy('campaigns.resume')).not.toHaveBeenCalled()
  })

  it('a campaign paused by someone else since it was listed is changed but not resumed', async () => {
    const { fake, byId, calls } = world([spring])
    byId.get('c-spring')!.status = 'PAUSED'
    const r = recorder()
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [spring], r.onStep)
    expect(outcome.ok).toBe(true)
    expect(calls).toEqual(['update c-spring in-2', 'delete in-1'])
    expect(r.last.get('c-spring:pause')?.state).toBe('skipped')
    expect(r.last.get('c-spring:resume')).toEqual({ state: 'skipped', message: 'Not resumed: it was not sending when the console reached it.' })
    expect(byId.get('c-spring')!.status).toBe('PAUSED')
  })

  it('a failed change mid-way stops, says the paused campaign is left paused, and deletes nothing', async () => {
    const { fake, byId, calls } = world([draft, spring], { update: undefined })
    // The draft goes through; the sending campaign's change is refused after its pause.
    fake.set('campaigns.update', ({ campaign_id, inbox_ids }) => {
      calls.push(`update ${campaign_id}`)
      if (campaign_id === 'c-spring') return { ok: false, error: updateRefused }
      byId.get(campaign_id)!.inboxes = (inbox_ids ?? []).map(slot)
      return { ok: true, value: { campaign_id, status: 'DRAFT', updated_at: null, missing_requirements: [] } }
    })
    const r = recorder()
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [draft, spring], r.onStep)
    expect(outcome).toMatchObject({
      ok: false,
      failedStep: { id: 'c-spring:remove' },
      leftPaused: { campaign_id: 'c-spring', name: 'Spring launch' },
      removedFrom: [{ campaign_id: 'c-draft', name: 'Autumn draft' }],
      error: updateRefused
    })
    expect(outcome.ok ? '' : outcome.message).toContain('still PAUSED')
    expect(r.last.get('c-spring:remove')).toEqual({ state: 'failed', message: 'ColdSend refused the change.' })
    expect(r.last.get('c-spring:resume')?.state).toBe('pending')
    expect(r.last.get('delete')?.state).toBe('pending')
    expect(calls).not.toContain('delete in-1')
    expect(calls.some((c) => c.startsWith('resume'))).toBe(false)
    expect(byId.get('c-spring')!.status).toBe('PAUSED')
  })

  it('a failed pause leaves the campaign sending and unchanged, with nothing left paused', async () => {
    const pauseRefused: AppError = { ...updateRefused, operation: 'campaigns.pause', message: 'Pause refused.' }
    const { fake, calls } = world([spring], { pause: pauseRefused })
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [spring], recorder().onStep)
    expect(outcome).toMatchObject({ ok: false, failedStep: { id: 'c-spring:pause' }, leftPaused: null })
    expect(calls).toEqual(['pause c-spring'])
  })

  it('a failed resume reports the inbox removed but the campaign left paused', async () => {
    const { fake } = world([spring], { activate: { ...updateRefused, operation: 'campaigns.activate', message: 'Resume refused.' } })
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [spring], recorder().onStep)
    expect(outcome).toMatchObject({ ok: false, failedStep: { id: 'c-spring:resume' }, leftPaused: { name: 'Spring launch' }, removedFrom: [{ name: 'Spring launch' }] })
    expect(fake.spy('senders.delete')).not.toHaveBeenCalled()
  })

  it('refuses up front, changing nothing, when a campaign sends only from this inbox', async () => {
    const solo = campaignDetail({ campaign_id: 'c-only', name: 'Solo', status: 'ACTIVE', inboxes: [slot('in-1')] })
    const { fake, calls } = world([draft, solo])
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [draft, solo], recorder().onStep)
    expect(outcome).toMatchObject({ ok: false, failedStep: null, leftPaused: null })
    expect(outcome.ok ? '' : outcome.message).toContain('Solo sends only from this inbox')
    expect(calls).toEqual([])
  })

  it('stops without touching a draft that started sending since it was listed', async () => {
    const { fake, byId, calls } = world([draft])
    byId.get('c-draft')!.status = 'ACTIVE'
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [draft], recorder().onStep)
    expect(outcome).toMatchObject({ ok: false, failedStep: { id: 'c-draft:remove' }, leftPaused: null })
    expect(calls).toEqual([])
  })

  it('a campaign an earlier attempt left paused is not paused again but is resumed after', async () => {
    const { fake, byId, calls } = world([spring])
    byId.get('c-spring')!.status = 'PAUSED'
    const heldBack = { ...spring, status: 'PAUSED' }
    const plan = planRemoval(INBOX, [heldBack], ['c-spring'])
    expect(plan.steps.map((s) => s.label)).toEqual(['Remove this inbox from Spring launch', 'Resume Spring launch', 'Delete old@example.com'])
    expect(plan.planned[0]?.sentence).toBe('Remove this inbox from Spring launch, then resume it (the earlier attempt paused it).')
    const outcome = await removeInboxFromCampaigns(fake.facade, INBOX, [heldBack], recorder().onStep, ['c-spring'])
    expect(outcome.ok).toBe(true)
    expect(calls).toEqual(['update c-spring in-2', 'resume c-spring', 'delete in-1'])
    expect(byId.get('c-spring')!.status).toBe('ACTIVE')
  })
})

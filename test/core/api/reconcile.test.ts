import { describe, expect, it } from 'vitest'
import { makeAppError } from '../../../src/main/core/errors/app-error-factory'
import { campaignReconciler } from '../../../src/main/core/api/reconcile/campaign-reconciler'
import { agreesWith } from '../../../src/main/core/api/reconcile/config-match'
import { reconciledError } from '../../../src/main/core/api/reconcile/outcome-error'
import { reconcile } from '../../../src/main/core/api/reconcile/reconcile'
import { reconcilerFor } from '../../../src/main/core/api/reconcile/reconcilers'
import { senderReconciler } from '../../../src/main/core/api/reconcile/sender-reconciler'
import type { Lookup, PostAttempt } from '../../../src/main/core/api/reconcile/types'
import { FakeClock } from './fake-clock'

const SETTINGS = { settleMs: 0, clockSkewMs: 60_000, maxCandidates: 5 }
const T0 = Date.parse('2024-05-01T12:00:00Z')
const sec = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

interface Row { campaign_id: string; name: string; created_at: string; daily_limit_per_inbox: number | null; timezone: string; sending_days: number[] }

// A tiny in-memory server for C1 (search by name) and C3 (detail), counting the lookups made.
function campaignServer(rows: Row[]) {
  const calls: string[] = []
  const lookup: Lookup = async (path, input) => {
    calls.push(path)
    if (path === '/campaigns') {
      const search = String(input.search).toLowerCase()
      const hits = rows.filter((r) => r.name.toLowerCase().includes(search))
      return { campaigns: hits.map(({ campaign_id, name, created_at }) => ({ campaign_id, name, created_at, status: 'DRAFT' })), pagination: { has_next: false } }
    }
    const row = rows.find((r) => r.campaign_id === input.campaign_id)
    if (!row) throw new Error('404')
    return { ...row, status: 'DRAFT', current_step: 0 }
  }
  return { lookup, calls }
}

const attempt = (input: Record<string, unknown>, over: Partial<PostAttempt> = {}): PostAttempt => ({
  operation: 'campaigns.create', binding: { method: 'POST', path: '/campaigns', scope: 'campaigns:create' }, input,
  sentAt: T0, failedAt: T0 + 2000, timedOut: false, requestId: 'r1', ...over
})
const row = (id: string, name: string, at: number, over: Partial<Row> = {}): Row =>
  ({ campaign_id: id, name, created_at: sec(at), daily_limit_per_inbox: 25, timezone: 'Europe/Berlin', sending_days: [1, 2, 3], ...over })
const input = { name: 'Spring outreach 2024', daily_limit_per_inbox: 25, timezone: 'Europe/Berlin', sending_days: [1, 2, 3] }

async function run(rows: Row[], a: PostAttempt, now = T0 + 3000) {
  const clock = new FakeClock(now)
  const server = campaignServer(rows)
  return { outcome: await reconcile(a, campaignReconciler, server.lookup, SETTINGS, clock), calls: server.calls }
}

describe('campaign reconciliation (name + created_at window + config)', () => {
  it('adopts the one campaign with the exact name, created in the window, with our config', async () => {
    const rows = [row('c-1', 'Spring outreach 2024', T0 + 400), row('c-2', 'Spring outreach 2024 (copy)', T0 + 500), row('c-3', 'Spring outreach 2024', T0 - 3_600_000)]
    const { outcome } = await run(rows, attempt(input))
    expect(outcome).toMatchObject({ verdict: 'found', resource: { campaign_id: 'c-1' } })
    expect(campaignReconciler.asResult((outcome as { resource: Record<string, unknown> }).resource)).toMatchObject({ campaign_id: 'c-1', name: 'Spring outreach 2024', status: 'DRAFT' })
  })

  it('finds nothing → not applied (safe to send again)', async () => {
    const { outcome, calls } = await run([row('c-3', 'Spring outreach 2024', T0 - 3_600_000)], attempt(input))
    expect(outcome.verdict).toBe('not_applied')
    expect(calls).toEqual(['/campaigns'])
  })

  it('uses the config to tell ours from a same-name look-alike made in the same minute', async () => {
    const rows = [row('c-1', 'Spring outreach 2024', T0 + 400), row('c-9', 'Spring outreach 2024', T0 - 5000, { daily_limit_per_inbox: 80 })]
    expect((await run(rows, attempt(input))).outcome).toMatchObject({ verdict: 'found', resource: { campaign_id: 'c-1' } })
  })

  it('several agreeing, or a lone disagreeing candidate → unverified (never "absent")', async () => {
    const twins = [row('c-1', 'Spring outreach 2024', T0 + 400), row('c-2', 'Spring outreach 2024', T0 + 900)]
    expect((await run(twins, attempt(input))).outcome).toMatchObject({ verdict: 'unverified', reason: 'ambiguous', candidates: 2 })
    const other = [row('c-9', 'Spring outreach 2024', T0 + 400, { timezone: 'UTC' })]
    expect((await run(other, attempt(input))).outcome).toMatchObject({ verdict: 'unverified', reason: 'ambiguous', candidates: 1 })
  })

  it('after a timeout, "none yet" is unverified: the server may still be creating it', async () => {
    expect((await run([], attempt(input, { timedOut: true }))).outcome).toMatchObject({ verdict: 'unverified', reason: 'may_still_apply' })
  })

  it('a failing lookup or a missing name → unverified, never thrown', async () => {
    const clock = new FakeClock(T0)
    const failing: Lookup = async () => { throw new Error('503') }
    expect(await reconcile(attempt(input), campaignReconciler, failing, SETTINGS, clock)).toMatchObject({ verdict: 'unverified', reason: 'lookup_failed' })
    expect(await reconcile(attempt({}), campaignReconciler, failing, SETTINGS, clock)).toMatchObject({ verdict: 'unverified', reason: 'no_marker' })
  })

  it('waits settleMs before looking', async () => {
    const clock = new FakeClock(T0)
    let lookedAt = 0
    const lookup: Lookup = async () => { lookedAt = clock.now(); return { campaigns: [] } }
    const pending = reconcile(attempt(input), campaignReconciler, lookup, { ...SETTINGS, settleMs: 1500 }, clock)
    await clock.advance(1500)
    expect((await pending).verdict).toBe('not_applied')
    expect(lookedAt).toBe(T0 + 1500)
  })
})

describe('sender reconciliation (email)', () => {
  const inbox = { inbox_id: 'i-1', email_address: 'Sales@Acme-Mail.example', display_name: 'Sales', overall_status: 'ACTIVE' }
  const lookup: Lookup = async (_path, q) => ({ sender_accounts: [inbox, { ...inbox, inbox_id: 'i-2', email_address: 'presales@acme-mail.example' }].filter((i) => i.email_address.toLowerCase().includes(String(q.search).toLowerCase())) })
  const senderAttempt = (email: string, timedOut = false) => attempt({ email_address: email }, { binding: { method: 'POST', path: '/sender-accounts/smtp', scope: 'x' }, timedOut })

  it('matches the address exactly (case-insensitive), not by substring', async () => {
    const clock = new FakeClock(T0)
    expect(await reconcile(senderAttempt('sales@acme-mail.example'), senderReconciler, lookup, SETTINGS, clock)).toMatchObject({ verdict: 'found', resource: { inbox_id: 'i-1' } })
    expect(await reconcile(senderAttempt('les@acme-mail.example'), senderReconciler, lookup, SETTINGS, clock)).toMatchObject({ verdict: 'not_applied' })
  })

  it('a timed-out create that is not there is still safe to resend: the server answers 409 to a second one', async () => {
    expect(await reconcile(senderAttempt('new@acme-mail.example', true), senderReconciler, lookup, SETTINGS, new FakeClock(T0))).toMatchObject({ verdict: 'not_applied' })
  })

  it('summarises the existing inbox for a 409', async () => {
    expect(await senderReconciler.existing!({ email_address: 'sales@acme-mail.example' }, lookup)).toEqual({ id: 'i-1', email: 'Sales@Acme-Mail.example', name: 'Sales', status: 'ACTIVE' })
  })
})

describe('reconciliation plumbing', () => {
  it('picks reconcilers by method and path', () => {
    expect(reconcilerFor({ method: 'POST', path: '/campaigns' })).toBe(campaignReconciler)
    expect(reconcilerFor({ method: 'POST', path: '/sender-accounts/smtp' })).toBe(senderReconciler)
    expect(reconcilerFor({ method: 'POST', path: '/sender-accounts' })).toBe(senderReconciler)
    expect(reconcilerFor({ method: 'POST', path: '/campaigns/{campaign_id}/pause' })).toBeNull()
    expect(reconcilerFor({ method: 'GET', path: '/campaigns' })).toBeNull()
  })

  it('compares config by value; dates as instants; fields the server does not echo are no evidence', () => {
    expect(agreesWith({ a: 1, d: [1, 2], s: '2024-05-01T09:00:00Z' }, { a: 1, d: [1, 2], s: '2024-05-01T09:00:00+00:00' })).toBe(true)
    expect(agreesWith({ a: 1, unknown: 'x' }, { a: 1 })).toBe(true)
    expect(agreesWith({ a: 1 }, { a: 2 })).toBe(false)
    expect(agreesWith({ d: [1, 2] }, { d: [2, 1] })).toBe(false)
    expect(agreesWith({ n: null }, { n: null })).toBe(true)
  })

  it('words the unknown_outcome error by verdict: safe to send again vs could not verify', () => {
    const base = makeAppError({ kind: 'unknown_outcome', mayHaveApplied: true, operation: 'campaigns.create', guidance: 'check-before-resending', message: 'x', attempts: 1 })
    const safe = reconciledError(base, { verdict: 'not_applied', checkedAt: T0 }, 'campaign')
    expect(safe).toMatchObject({ kind: 'unknown_outcome', retryable: true, attempts: 1 })
    expect(safe.message).toContain('Nothing was created; it is safe to try again.')
    const unsure = reconciledError(base, { verdict: 'unverified', reason: 'ambiguous', candidates: 2, checkedAt: T0 }, 'campaign')
    expect(unsure).toMatchObject({ kind: 'unknown_outcome', retryable: false, guidance: 'check-before-resending' })
    expect(unsure.message).toContain('could not verify')
  })
})

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { PostAttempt, ReconcileOutcome } from '../../src/main/core/api/reconcile/types'
import { B, type Harness, campaignsNamed, failure, startHarness } from '../core/api/support/sandbox-harness'

// A POST whose answer is lost is never resent blindly: the campaign is looked up first (real sandbox, real HTTP).
describe('campaigns.create with lost responses: 0 duplicates', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })
  beforeEach(() => {
    h.sandbox.faults.clear()
  })

  const config = { daily_limit_per_inbox: 40, timezone: 'Europe/Berlin', sending_days: [1, 3, 5], enable_tracking: true }

  for (const abort of ['close', 'reset'] as const) {
    it(`commit then drop (${abort}): reconciliation adopts exactly the one created; the list shows one`, async () => {
      const name = `Lost answer ${abort} campaign`
      h.sandbox.faults.push({ kind: 'commit_then_drop', method: 'POST', path: '/campaigns', times: 1, abort })
      const posts = h.seen({ method: 'POST' }).length
      const seen: ReconcileOutcome[] = []
      const result = await h.client({ onUnknownOutcome: (_a, o) => seen.push(o) }).call('campaigns.create', B.create, { name, ...config })
      expect(result.reconciliation?.verdict).toBe('found')
      expect(result.body).toMatchObject({ name, status: 'DRAFT', campaign_id: expect.any(String) })
      expect(h.sandbox.faults.log.at(-1)).toMatchObject({ kind: 'commit_then_drop', committed: true, status: null })
      const stored = await campaignsNamed(h, name)
      expect(stored.map((c) => c.campaign_id)).toEqual([(result.body as { campaign_id: string }).campaign_id])
      expect(h.seen({ method: 'POST' }).length - posts).toBe(1)
      expect(seen.map((o) => o.verdict)).toEqual(['found'])
    })
  }

  it('held by the server, then dropped: the verdict follows what the server really did', async () => {
    const name = 'Slow then dropped campaign'
    h.sandbox.faults.push({ kind: 'delay', method: 'POST', path: '/campaigns', times: 1, ms: 300, then: 'drop' })
    const error = await failure(h.client().call('campaigns.create', B.create, { name, ...config }))
    // The sandbox's delay+drop drops without running the handler: nothing was created, and the client says so.
    expect(h.sandbox.faults.log.at(-1)).toMatchObject({ kind: 'delay', committed: false })
    expect(error.message).toContain('Nothing was created; it is safe to try again.')
    expect(await campaignsNamed(h, name)).toHaveLength(0)
  })

  it('reset before the handler ran: "not applied — safe to send again"; the resend makes exactly one', async () => {
    const name = 'Reset before commit campaign'
    h.sandbox.faults.push({ kind: 'reset', method: 'POST', path: '/campaigns', times: 1 })
    const error = await failure(h.client().call('campaigns.create', B.create, { name, ...config }))
    expect(error).toMatchObject({ kind: 'unknown_outcome', retryable: true, attempts: 1, mayHaveApplied: false, reconciliation: 'not_applied' })
    expect(error.message).toContain('Nothing was created; it is safe to try again.')
    expect(await campaignsNamed(h, name)).toHaveLength(0)
    await h.client().call('campaigns.create', B.create, { name, ...config })
    expect(await campaignsNamed(h, name)).toHaveLength(1)
  })

  it('several look-alikes: "could not verify" and nothing is sent again', async () => {
    const name = 'Twin named campaign'
    for (let i = 0; i < 2; i++) await h.client().call('campaigns.create', B.create, { name, ...config })
    h.sandbox.faults.push({ kind: 'commit_then_drop', method: 'POST', path: '/campaigns', times: 1 })
    const posts = h.seen({ method: 'POST' }).length
    const error = await failure(h.client().call('campaigns.create', B.create, { name, ...config }))
    expect(error).toMatchObject({ kind: 'unknown_outcome', retryable: false, guidance: 'check-before-resending', reconciliation: 'unverified' })
    expect(error.message).toContain('could not verify')
    expect(h.seen({ method: 'POST' }).length - posts).toBe(1)
    expect(await campaignsNamed(h, name)).toHaveLength(3)
  })

  it('a same-name campaign with other settings is told apart by its config', async () => {
    const name = 'Config tells them apart'
    await h.client().call('campaigns.create', B.create, { name, ...config, daily_limit_per_inbox: 90 })
    h.sandbox.faults.push({ kind: 'commit_then_drop', method: 'POST', path: '/campaigns', times: 1 })
    const result = await h.client().call('campaigns.create', B.create, { name, ...config })
    expect(result.reconciliation?.verdict).toBe('found')
    const detail = await h.client().call('campaigns.get', B.get, { campaign_id: (result.body as { campaign_id: string }).campaign_id })
    expect(detail.body).toMatchObject({ daily_limit_per_inbox: 40 })
    expect(await campaignsNamed(h, name)).toHaveLength(2)
  })

  it('timed out while the server was still working: "could not verify" until a re-check finds it', async () => {
    const name = 'Timed out campaign create'
    // The server sits on the create for 3 s: far longer than the 300 ms timeout plus the lookup, even on a loaded machine.
    h.sandbox.faults.push({ kind: 'delay', method: 'POST', path: '/campaigns', times: 1, ms: 3000, then: 'answer' })
    const lost: PostAttempt[] = []
    const client = h.client({ timeoutMs: 300, onUnknownOutcome: (a) => lost.push(a) })
    const error = await failure(client.call('campaigns.create', B.create, { name, ...config }))
    expect(error).toMatchObject({ kind: 'unknown_outcome', retryable: false })
    expect(error.message).toContain('may still be creating it')
    // Re-check until the server has finished (it will, 3 s after it got the request).
    await expect.poll(async () => (await client.reconcile(lost[0]!)).verdict, { timeout: 20_000, interval: 250 }).toBe('found')
    expect(await client.reconcile(lost[0]!)).toMatchObject({ verdict: 'found', resource: { name } })
    expect(await campaignsNamed(h, name)).toHaveLength(1)
  })
})

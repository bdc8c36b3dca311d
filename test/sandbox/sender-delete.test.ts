import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { call, startWithKey } from './helpers'
import { manualClock } from './manual-clock'
import { pollJob } from './sender-fixtures'

type Inbox = { inbox_id: string; email_address: string; overall_status: string }

// The "in use" detail split into its count and the campaign names (sorted; the order is not part of the contract).
function inUse(detail: unknown): { count: number; names: string[] } | null {
  const match = /^Sender account is in use by (\d+) campaign\(s\) and cannot be deleted: (.+)$/.exec(String(detail))
  return match ? { count: Number(match[1]), names: match[2]!.split(', ').sort() } : null
}

describe('S11 delete and S7/S8 bulk delete (seeded inboxes and campaigns)', () => {
  let sandbox: SandboxHandle
  let key: string
  let inboxes: Inbox[]
  /** inbox_id → names of the campaigns that have it assigned, read through C1/C3. */
  let usedBy: Map<string, string[]>
  const remove = (id: string) => call(sandbox, `/sender-accounts/${id}`, { key, method: 'DELETE' })
  const exists = async (id: string) => (await call(sandbox, `/sender-accounts/${id}`, { key })).status === 200

  // Bulk deletes advance by the sandbox's clock (20 a second); a manual clock moved 250 ms per poll makes
  // the in-progress snapshots certain, where real time lets a slow machine miss the 2 s the job takes.
  let clock = manualClock()

  beforeEach(async () => {
    clock = manualClock()
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT, clock: clock.now }))
    inboxes = ((await call(sandbox, '/sender-accounts?limit=100', { key })).body as { sender_accounts: Inbox[] }).sender_accounts
    usedBy = new Map()
    const campaigns = ((await call(sandbox, '/campaigns?limit=100', { key })).body as { campaigns: Array<{ campaign_id: string }> }).campaigns
    for (const { campaign_id } of campaigns) {
      const detail = (await call(sandbox, `/campaigns/${campaign_id}`, { key })).body as { name: string; inboxes: Inbox[] }
      for (const i of detail.inboxes) usedBy.set(i.inbox_id, [...(usedBy.get(i.inbox_id) ?? []), detail.name])
    }
  })
  afterEach(() => sandbox.close())

  const unused = () => inboxes.filter((a) => !usedBy.has(a.inbox_id))

  it('refuses to delete an inbox assigned to campaigns with 400 naming every one of them, and keeps it', async () => {
    const [id, names] = [...usedBy].sort((a, b) => b[1].length - a[1].length)[0]!
    const res = await remove(id)
    expect(res.status).toBe(400)
    expect(inUse((res.body as { detail: string }).detail)).toEqual({ count: names.length, names: [...names].sort() })
    expect(await exists(id)).toBe(true)
  })

  it('deletes an unused inbox (then 404 for it), and refuses one a DRAFT campaign was just given', async () => {
    const [gone, assigned] = unused()
    const res = await remove(gone!.inbox_id)
    expect([res.status, res.body]).toEqual([200, { success: true, message: 'Sender account deleted successfully', inbox_id: gone!.inbox_id, deleted: true }])
    expect(await exists(gone!.inbox_id)).toBe(false)
    expect((await remove(gone!.inbox_id)).status).toBe(404)
    const draft = await call(sandbox, '/campaigns', { key, json: { name: 'Inbox deletion guard' } })
    const campaignId = (draft.body as { campaign_id: string }).campaign_id
    expect((await call(sandbox, `/campaigns/${campaignId}`, { key, method: 'PUT', json: { inbox_ids: [assigned!.inbox_id] } })).status).toBe(200)
    expect((await remove(assigned!.inbox_id)).body).toEqual({ detail: 'Sender account is in use by 1 campaign(s) and cannot be deleted: Inbox deletion guard' })
    expect((await call(sandbox, `/campaigns/${campaignId}`, { key, method: 'DELETE' })).status).toBe(200)
    expect((await remove(assigned!.inbox_id)).status).toBe(200)
  })

  it('bulk-deletes over time: unused inboxes go, in-use and unknown ids are skipped with a reason', async () => {
    const [a, b] = unused()
    const [busy, names] = [...usedBy][0]!
    const unknown = Array.from({ length: 37 }, () => randomUUID())
    const ids = [a!.inbox_id, busy, ...unknown, b!.inbox_id.toUpperCase()]
    const started = await call(sandbox, '/sender-accounts/bulk/delete', { key, json: { inbox_ids: ids, confirm_deletion: true } })
    expect(started.status).toBe(202)
    expect(started.body).toEqual({
      success: true,
      message: 'Bulk deletion started for 40 sender account(s)',
      total: 40,
      deleted_count: 0,
      failed_count: 0,
      job_id: expect.any(String),
      skipped_count: 0,
      results: []
    })
    const jobId = (started.body as { job_id: string }).job_id
    const snapshots = await pollJob(sandbox, key, `/sender-accounts/bulk/delete/${jobId}/progress`, () => clock.advance(250))
    const processed = snapshots.map((s) => s.processed_count)
    expect(processed).toEqual([...processed].sort((x, y) => x - y))
    expect(snapshots.some((s) => s.status === 'IN_PROGRESS' && s.processed_count < 40)).toBe(true)
    const done = snapshots[snapshots.length - 1]!
    expect(done).toMatchObject({ status: 'COMPLETED', progress_percentage: 100, total_rows: 40, processed_count: 40, success_count: 2, deleted_count: 2, skipped_count: 38, failed_count: 0 })
    expect(done.completed_at).toMatch(/Z$/)
    expect(done.results[0]).toEqual({ index: 0, inbox_id: a!.inbox_id, email_address: a!.email_address, status: 'deleted' })
    const { reason, ...skipped } = done.results[1]!
    expect(skipped).toEqual({ index: 1, inbox_id: busy, email_address: inboxes.find((x) => x.inbox_id === busy)!.email_address, status: 'skipped' })
    expect(inUse(reason)).toEqual({ count: names.length, names: [...names].sort() })
    expect(done.results[2]).toEqual({ index: 2, inbox_id: unknown[0], email_address: null, status: 'skipped', reason: 'Sender account not found' })
    expect(done.results[39]).toMatchObject({ index: 39, inbox_id: b!.inbox_id, status: 'deleted' })
    expect([await exists(a!.inbox_id), await exists(b!.inbox_id), await exists(busy)]).toEqual([false, false, true])
  })

  it('deletes nothing when confirm_deletion is false', async () => {
    const [a] = unused()
    const res = await call(sandbox, '/sender-accounts/bulk/delete', { key, json: { inbox_ids: [a!.inbox_id], confirm_deletion: false } })
    expect(res.status).toBe(422)
    expect(await exists(a!.inbox_id)).toBe(true)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type ApiResponse, call, callForm, csvForm, startWithKey } from './helpers'

/**
 * Lead conformance beyond the endpoint matrix (API notes §2.2, §4, §5 #18–#20): the documented L1 mapping
 * example end to end, the upload job's documented statuses and its error items, the individual-lead
 * defaults, the duplicate and PENDING-only rules with their proposed bodies, and the campaign-level views
 * (C1/C3/A1) seeing an upload's leads without any lead route being read first.
 */

/** The L1 `mapping` example (ColdSend lead field → CSV column header), verbatim. */
const DOC_MAPPING = { email: 'Email', first_name: 'First Name', last_name: 'Last Name', company: 'Company' }
/** Documented upload job statuses (§4). */
const DOC_JOB_STATUSES = ['PENDING', 'VALIDATING', 'IN_PROGRESS', 'COMPLETED', 'FAILED']
/** §3.7 proposal, verbatim. */
const DOC_ONLY_PENDING = { detail: 'Only PENDING leads can be deleted' }

const NO_RATE_LIMIT = { perMinute: 100_000, perHour: 1_000_000 }
type Body = Record<string, unknown>

describe('lead conformance: examples, job progress, rules', () => {
  let sandbox: SandboxHandle
  let key: string
  const send = (method: string, path: string, json?: unknown): Promise<ApiResponse> => call(sandbox, path, { key, method, json })
  const newCampaign = async (name = 'Lead conformance campaign'): Promise<string> =>
    ((await send('POST', '/campaigns', { name })).body as Body)['campaign_id'] as string
  // Polls L2 until the job is finished, returning every body seen.
  const pollJob = async (campaignId: string, jobId: string): Promise<Body[]> => {
    const seen: Body[] = []
    for (let i = 0; i < 200; i++) {
      const res = await send('GET', `/campaigns/${campaignId}/leads/upload/${jobId}`)
      expect(res.status).toBe(200)
      seen.push(res.body as Body)
      if (['COMPLETED', 'FAILED'].includes(String((res.body as Body)['status']))) return seen
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error('upload job did not finish')
  }

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT, tuning: { leadRowsPerSecond: 400 } }))
  })
  afterAll(() => sandbox.close())

  it('L1 → L2: the documented mapping example imports rows; other columns become custom fields; errors are {row, email, error}', async () => {
    const id = await newCampaign()
    const rows = ['Email,First Name,Last Name,Company,Company Size', 'ada@example.com,Ada,Lovelace,Analytical Engines,11-50']
    for (let i = 0; i < 40; i++) rows.push(`lead${i}@example.com,Lead,${i},Acme,1-10`)
    rows.push('not-an-email,Bad,Row,Acme,1-10', ',No,Email,Acme,1-10', 'ada@example.com,Ada,Again,Dup,1-10')
    const started = await callForm(sandbox, `/campaigns/${id}/leads`, csvForm(`${rows.join('\n')}\n`, DOC_MAPPING), { key })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ success: true, campaign_id: id, status: 'PENDING', total_count: 44 })
    const seen = await pollJob(id, (started.body as Body)['job_id'] as string)
    for (const body of seen) expect(DOC_JOB_STATUSES).toContain(body['status'])
    const done = seen[seen.length - 1] as Body
    expect(done).toMatchObject({
      status: 'COMPLETED', progress_percentage: 100, processed_count: 44, total_count: 44,
      success_count: 41, duplicate_count: 1, error_count: 2,
      started_at: expect.any(String), completed_at: expect.any(String)
    })
    expect(done['errors']).toEqual([
      { row: 42, email: 'not-an-email', error: 'value is not a valid email address' },
      { row: 43, email: null, error: 'email is missing' }
    ])
    const list = (await send('GET', `/campaigns/${id}/leads?search=ada@example.com`)).body as { leads: Body[] }
    expect(list.leads).toEqual([
      expect.objectContaining({
        email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', company: 'Analytical Engines',
        status: 'PENDING', batch_id: done['batch_id'], custom_fields: { 'Company Size': '11-50' }
      })
    ])
  })

  it('C1, C3 and A1 count an upload\'s leads as time passes, and C3 lists its batch, with no lead route read in between', async () => {
    const id = await newCampaign('Counted without lead reads')
    const csv = `Email\n${Array.from({ length: 20 }, (_, i) => `counted${i}@example.com`).join('\n')}\n`
    const started = await callForm(sandbox, `/campaigns/${id}/leads`, csvForm(csv, { email: 'Email' }), { key })
    expect(started.status).toBe(202)
    await new Promise((r) => setTimeout(r, 250))
    const detail = (await send('GET', `/campaigns/${id}`)).body as Body
    expect(detail['total_leads']).toBe(20)
    expect(detail['lead_batches']).toEqual([
      { batch_id: (started.body as Body)['batch_id'], job_id: (started.body as Body)['job_id'], status: 'COMPLETED', lead_count: 20, created_at: expect.any(String) }
    ])
    const listed = ((await send('GET', '/campaigns?search=Counted without lead reads')).body as { campaigns: Body[] }).campaigns
    expect(listed.map((c) => c['total_leads'])).toEqual([20])
    const analytics = ((await send('GET', '/analytics/campaigns?status=DRAFT')).body as { campaigns: Body[] }).campaigns
    expect(analytics.find((c) => c['campaign_id'] === id)).toMatchObject({ total_leads: 20 })
    const launch = await send('PUT', `/campaigns/${id}`, {})
    expect((launch.body as Body)['missing_requirements']).not.toContain('leads')
  })

  it('L3: names default to null and custom_fields to {}; a duplicate email is a 409 with a string detail (§5 #19)', async () => {
    const id = await newCampaign()
    const res = await send('POST', `/campaigns/${id}/leads/manual`, { email: 'solo@example.com' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      batch_id: null, first_name: null, last_name: null, company: null, status: 'PENDING', last_contacted_at: null,
      opened_at: null, replied_at: null, custom_fields: {}, sequence_step: 0, email_opened: false, email_replied: false, unsubscribed: false
    })
    const dup = await send('POST', `/campaigns/${id}/leads/manual`, { email: 'SOLO@example.com' })
    expect(dup.status).toBe(409)
    expect(typeof (dup.body as Body)['detail']).toBe('string')
  })

  it('L6: only PENDING leads can be deleted — 400 with the proposed body; the bulk form skips them', async () => {
    const { sandbox: seeded, key: seededKey } = await startWithKey({ rateLimit: NO_RATE_LIMIT })
    try {
      const campaigns = ((await call(seeded, '/campaigns?status=ACTIVE', { key: seededKey })).body as { campaigns: Body[] }).campaigns
      const campaignId = campaigns[0]?.['campaign_id'] as string
      const sent = ((await call(seeded, `/campaigns/${campaignId}/leads?status=SENT`, { key: seededKey })).body as { leads: Body[] }).leads
      const leadId = sent[0]?.['lead_id'] as string
      expect(leadId).toBeDefined()
      const single = await call(seeded, `/campaigns/${campaignId}/leads/${leadId}`, { key: seededKey, method: 'DELETE' })
      expect([single.status, single.body]).toEqual([400, DOC_ONLY_PENDING])
      const bulk = await call(seeded, `/campaigns/${campaignId}/leads`, { key: seededKey, method: 'DELETE', json: { lead_ids: [leadId] } })
      expect(bulk).toMatchObject({ status: 200, body: { deleted_count: 0, skipped_count: 1, results: [{ lead_id: leadId, deleted: false, error: DOC_ONLY_PENDING.detail }] } })
    } finally {
      await seeded.close()
    }
  })

  it('L5/L7: seeded leads only use documented statuses, and the stats count every one of them', async () => {
    const { sandbox: seeded, key: seededKey } = await startWithKey({ rateLimit: NO_RATE_LIMIT })
    try {
      const campaigns = ((await call(seeded, '/campaigns?limit=100', { key: seededKey })).body as { campaigns: Body[] }).campaigns
      for (const c of campaigns) {
        const stats = (await call(seeded, `/campaigns/${String(c['campaign_id'])}/leads/stats`, { key: seededKey })).body as Body
        expect(Object.keys(stats['by_status'] as Body)).toEqual(['PENDING', 'QUEUED', 'SENT', 'OPENED', 'REPLIED', 'FAILED', 'BOUNCED', 'UNSUBSCRIBED', 'EXTERNAL'])
        expect(stats['total']).toBe(c['total_leads'])
      }
    } finally {
      await seeded.close()
    }
  })
})

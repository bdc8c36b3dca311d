import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { call } from './helpers'
import { type LeadBody, addLead, newCampaign, pollUntilDone, progress, startEmpty, upload } from './leads-fixtures'
import { manualClock } from './manual-clock'

const MAPPING = { email: 'Email', first_name: 'First Name', last_name: 'Last Name', company: 'Company' }

// 1,000 rows: row 7 has no email, every 100th row a bad one (11 errors); every 50th (not 100th) repeats the
// row before it, and row 3 repeats a lead added by hand in another case (11 duplicates) → 978 new leads.
function thousandRows(): string {
  const lines = ['Email,First Name,Last Name,Company,Title,City']
  for (let i = 1; i <= 1000; i++) {
    let email = `lead${i}@example.com`
    if (i === 7) email = ''
    else if (i % 100 === 0) email = `not-an-email-${i}`
    else if (i % 50 === 0) email = `lead${i - 1}@example.com`
    lines.push(`${email},First${i},Last${i},Company ${i % 7},"VP, Sales",Zürich`)
  }
  return `${lines.join('\r\n')}\r\n`
}

describe('POST /campaigns/{campaign_id}/leads (L1) and upload progress (L2)', () => {
  let sandbox: SandboxHandle
  let key: string
  let campaignId: string
  // Jobs advance by the sandbox's clock; this one moves 100 ms per poll, so progress never depends on machine speed.
  const clock = manualClock()
  const tick = () => clock.advance(100)

  beforeAll(async () => {
    ;({ sandbox, key } = await startEmpty({ tuning: { leadRowsPerSecond: 1000 }, clock: clock.now }))
    campaignId = await newCampaign(sandbox, key)
  })
  afterAll(() => sandbox.close())

  it('imports a 1,000-row CSV over time with exact success, duplicate and error counts', async () => {
    const campaign = await newCampaign(sandbox, key, 'Thousand rows campaign')
    expect((await addLead(sandbox, key, campaign, { email: 'LEAD3@Example.com' })).status).toBe(201)
    const started = await upload(sandbox, key, campaign, { file: thousandRows(), mapping: MAPPING })
    expect(started.status).toBe(202)
    const job = started.body as { job_id: string; batch_id: string }
    expect(started.body).toEqual({
      success: true, message: 'Lead upload started', job_id: job.job_id, campaign_id: campaign, status: 'PENDING', total_count: 1000, batch_id: job.batch_id
    })
    const first = await progress(sandbox, key, campaign, job.job_id)
    expect(Object.keys(first).slice(0, 12)).toEqual([
      'job_id', 'campaign_id', 'status', 'progress_percentage', 'processed_count', 'success_count', 'duplicate_count',
      'error_count', 'total_count', 'errors', 'started_at', 'completed_at'
    ])
    // No time has passed on the sandbox's clock yet: still queued.
    expect([first.status, first.processed_count, first.completed_at]).toEqual(['PENDING', 0, null])

    const seen = await pollUntilDone(sandbox, key, campaign, job.job_id, tick)
    const last = seen[seen.length - 1]!
    expect(seen.some((p) => p.status === 'IN_PROGRESS' && p.processed_count > 0 && p.processed_count < 1000)).toBe(true)
    const percents = seen.map((p) => p.progress_percentage)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(last).toMatchObject({
      status: 'COMPLETED', progress_percentage: 100, processed_count: 1000, total_count: 1000,
      success_count: 978, duplicate_count: 11, error_count: 11, errors_truncated: false
    })
    expect(last.started_at).toMatch(/Z$/)
    expect(last.completed_at! >= last.started_at!).toBe(true)
    expect(last.errors[0]).toEqual({ row: 7, email: null, error: 'email is missing' })
    expect(last.errors[1]).toEqual({ row: 100, email: 'not-an-email-100', error: 'value is not a valid email address' })
    expect(last.errors.map((e) => e.row)).toEqual([7, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])

    const listed = (await call(sandbox, `/campaigns/${campaign}/leads?search=lead12%40&limit=1`, { key })).body as { leads: LeadBody[] }
    expect(listed.leads[0]).toMatchObject({
      email: 'lead12@example.com', first_name: 'First12', last_name: 'Last12', company: 'Company 5', batch_id: job.batch_id,
      status: 'PENDING', custom_fields: { Title: 'VP, Sales', City: 'Zürich' }
    })
    const stats = (await call(sandbox, `/campaigns/${campaign}/leads/stats`, { key })).body
    expect(stats).toMatchObject({ total: 979, by_status: { PENDING: 979 } })
    expect((await call(sandbox, `/campaigns/${campaign}`, { key })).body).toMatchObject({ total_leads: 979 })
  })

  it('reads a BOM, quoted commas, quotes and line breaks; maps extra keys to named custom fields', async () => {
    const csv = '\uFEFF"E-mail","Name","Note","Title"\n"ann@x.io","Ann","says ""hi"", twice","CEO"\n"ben@x.io","Ben","line one\nline two",""\n\n'
    const res = await upload(sandbox, key, campaignId, { file: csv, mapping: { email: 'E-mail', first_name: 'Name', job_title: 'Title' } })
    expect(res.status).toBe(202)
    const done = (await pollUntilDone(sandbox, key, campaignId, (res.body as { job_id: string }).job_id, tick)).pop()!
    expect(done).toMatchObject({ status: 'COMPLETED', success_count: 2, total_count: 2 })
    const leads = ((await call(sandbox, `/campaigns/${campaignId}/leads?search=%40x.io`, { key })).body as { leads: LeadBody[] }).leads
    expect(leads.map((l) => [l.email, l.first_name, l.last_name, l.custom_fields])).toEqual([
      ['ann@x.io', 'Ann', null, { Note: 'says "hi", twice', job_title: 'CEO' }],
      ['ben@x.io', 'Ben', null, { Note: 'line one\nline two', job_title: '' }]
    ])
  })

  it('marks a job FAILED when every row fails', async () => {
    const res = await upload(sandbox, key, campaignId, { file: 'Email\nnope\nstill nope\n', mapping: { email: 'Email' } })
    const done = (await pollUntilDone(sandbox, key, campaignId, (res.body as { job_id: string }).job_id, tick)).pop()!
    expect(done).toMatchObject({ status: 'FAILED', error_count: 2, success_count: 0, progress_percentage: 100 })
  })

  it('answers 422 in FastAPI form style for missing or mistyped parts', async () => {
    const missingFile = { loc: ['body', 'file'], msg: 'field required', type: 'value_error.missing' }
    const missingMapping = { loc: ['body', 'mapping'], msg: 'field required', type: 'value_error.missing' }
    expect((await upload(sandbox, key, campaignId, { mapping: MAPPING })).body).toEqual({ detail: [missingFile] })
    expect((await upload(sandbox, key, campaignId, { file: 'Email\na@b.com\n' })).body).toEqual({ detail: [missingMapping] })
    expect((await upload(sandbox, key, campaignId, { file: 'Email\na@b.com\n', mapping: '' })).body).toEqual({ detail: [missingMapping] })
    const json = await call(sandbox, `/campaigns/${campaignId}/leads`, { key, json: { mapping: MAPPING } })
    expect(json).toMatchObject({ status: 422, body: { detail: [missingFile, missingMapping] } })
    const urlencoded = await call(sandbox, `/campaigns/${campaignId}/leads`, {
      key, raw: 'file=Email&mapping=%7B%7D', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    })
    expect(urlencoded.body).toEqual({ detail: [{ loc: ['body', 'file'], msg: "Expected UploadFile, received: <class 'str'>", type: 'value_error' }] })
    const badPath = await upload(sandbox, key, 'nope', { mapping: MAPPING })
    expect(badPath.body).toEqual({ detail: [{ loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }, missingFile] })
    const broken = await call(sandbox, `/campaigns/${campaignId}/leads`, {
      key, raw: '--xyz\r\nContent-Disposition: form-data; name="file"', headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' }
    })
    expect(broken).toMatchObject({ status: 400, body: { detail: 'There was an error parsing the body' } })
  })

  it('answers 400 with a string detail for unusable mappings and CSVs', async () => {
    const csv = 'Email,First Name\na@b.com,Ann\n'
    const cases: Array<[unknown, string, string | RegExp]> = [
      ['{email: Email', csv, 'mapping must be a JSON string such as {"email": "Email"}'],
      ['["Email"]', csv, 'mapping must be a JSON object of lead fields to CSV column names'],
      [{ first_name: 'First Name' }, csv, "mapping must include 'email' (the CSV column that holds each lead's email address)"],
      [{ email: 5 }, csv, "mapping value for 'email' must be a CSV column name"],
      [{ email: 'E-mail', company: 'Org' }, csv, 'mapping names column(s) not in the CSV header: E-mail, Org'],
      [{ email: 'Email' }, '', 'CSV file is empty'],
      [{ email: 'Email' }, 'Email\n\n', 'CSV file has a header row but no leads'],
      [{ email: 'Email' }, 'Email\n"unterminated\n', /^Could not read the CSV file: /]
    ]
    for (const [mapping, file, detail] of cases) {
      const res = await upload(sandbox, key, campaignId, { file, mapping })
      expect(res.status, JSON.stringify(mapping)).toBe(400)
      expect((res.body as { detail: string }).detail).toMatch(detail)
    }
  })

  it('accepts 10,000 rows and refuses 10,001', async () => {
    const rows = (n: number) => `Email\n${Array.from({ length: n }, (_, i) => `bulk${i}@example.com`).join('\n')}\n`
    const ok = await upload(sandbox, key, campaignId, { file: rows(10_000), mapping: { email: 'Email' } })
    expect(ok).toMatchObject({ status: 202, body: { total_count: 10_000 } })
    const tooMany = await upload(sandbox, key, campaignId, { file: rows(10_001), mapping: { email: 'Email' } })
    expect(tooMany).toMatchObject({ status: 400, body: { detail: 'CSV exceeds the 10,000 lead limit per upload (got 10,001 rows)' } })
  })

  it('answers 413 for a file over 50 MB', async () => {
    const big = new Blob(['Email\n', new Uint8Array(50 * 1024 * 1024)], { type: 'text/csv' })
    const res = await upload(sandbox, key, campaignId, { file: big, mapping: { email: 'Email' } })
    expect(res).toMatchObject({ status: 413, body: { detail: 'CSV file exceeds the 50 MB limit' } })
  })

  it('answers 404 for unknown campaigns and jobs, 422 for malformed job ids', async () => {
    const unknown = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
    const up = await upload(sandbox, key, unknown, { file: 'Email\na@b.com\n', mapping: { email: 'Email' } })
    expect(up).toMatchObject({ status: 404, body: { detail: 'Campaign not found' } })
    const job = await call(sandbox, `/campaigns/${campaignId}/leads/upload/${unknown}`, { key })
    expect(job).toMatchObject({ status: 404, body: { detail: 'Upload job not found' } })
    const bad = await call(sandbox, `/campaigns/${campaignId}/leads/upload/42`, { key })
    expect(bad.body).toEqual({ detail: [{ loc: ['path', 'job_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }] })
    const readOnly = sandbox.issueKey({ scopes: ['leads:read'] })
    expect((await upload(sandbox, readOnly, campaignId, { file: 'Email\na@b.com\n', mapping: { email: 'Email' } })).status).toBe(403)
  })
})

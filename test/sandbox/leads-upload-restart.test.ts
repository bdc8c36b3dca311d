import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import type { SandboxState } from '../../src/sandbox/store/state'
import { call, tempDir } from './helpers'
import { NO_RATE_LIMIT, newCampaign, pollUntilDone, progress, upload } from './leads-fixtures'
import { manualClock } from './manual-clock'

describe('lead upload jobs across a restart', () => {
  const running: SandboxHandle[] = []
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()))
    await Promise.all(cleanups.splice(0).map((c) => c()))
  })

  it('keeps a half-done job on disk and carries on to COMPLETED after a restart', async () => {
    const tmp = await tempDir()
    cleanups.push(tmp.cleanup)
    // Both runs share a manual clock: "400 ms in" is exact however slow this machine is (600 rows take 1.5 s at 400/s).
    const clock = manualClock()
    const opts = { dataDir: tmp.dir, seed: false, rateLimit: NO_RATE_LIMIT, tuning: { leadRowsPerSecond: 400 }, clock: clock.now }
    const first = await startSandbox(opts)
    running.push(first)
    const key = first.issueKey({ scopes: ['*'] })
    const campaignId = await newCampaign(first, key)
    const csv = `Email,Company\n${Array.from({ length: 600 }, (_, i) => `p${i}@restart.io,Co ${i}`).join('\n')}\n`
    const jobId = ((await upload(first, key, campaignId, { file: csv, mapping: { email: 'Email' } })).body as { job_id: string }).job_id
    clock.advance(400)
    const half = await progress(first, key, campaignId, jobId)
    expect(half.status).toBe('IN_PROGRESS')
    expect(half.processed_count).toBeGreaterThan(0)
    expect(half.processed_count).toBeLessThan(600)
    await first.close()

    const saved = JSON.parse(await readFile(join(tmp.dir, 'state.json'), 'utf8')) as SandboxState
    const job = saved.lead_upload_jobs.find((j) => j.job_id === jobId)!
    expect(job.processed_count).toBe(half.processed_count)
    expect(job.pending).toHaveLength(600 - half.processed_count)
    expect(saved.leads).toHaveLength(half.success_count)

    const second = await startSandbox(opts)
    running.push(second)
    const seen = await pollUntilDone(second, key, campaignId, jobId, () => clock.advance(100))
    expect(seen[0]!.processed_count).toBeGreaterThanOrEqual(half.processed_count)
    expect(seen.pop()).toMatchObject({ status: 'COMPLETED', processed_count: 600, success_count: 600, error_count: 0, duplicate_count: 0 })
    const stats = (await call(second, `/campaigns/${campaignId}/leads/stats`, { key })).body
    expect(stats).toMatchObject({ total: 600, by_status: { PENDING: 600 } })
    const listed = (await call(second, `/campaigns/${campaignId}/leads?search=p599%40`, { key })).body
    expect(listed).toMatchObject({ leads: [{ email: 'p599@restart.io', custom_fields: { Company: 'Co 599' } }] })
  })
})

import { isoSeconds } from '../../clock'
import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'
import { itemsDueNow } from '../../jobs/advance-by-time'
import type { SandboxState } from '../../store/state'
import { framework, invented } from '../../wording'
import { normalizeEmail } from './email'
import { JOB_ERRORS_KEPT, type LeadUploadJob, type PendingLeadRow, newLeadRecord } from './record'
import { recountCampaign } from '../campaigns/counters'

/**
 * Upload jobs run on a clock of "ticks", one tick = one row's import time (1 / leadRowsPerSecond):
 * PENDING for the first tick, VALIDATING for 1 % of the row count (at least one tick), then
 * IN_PROGRESS one row per tick, then COMPLETED (FAILED when every row was an error).
 */
const QUEUE_TICKS = 1

// Ticks spent before the first row is imported.
function leadTicks(total: number): number {
  return QUEUE_TICKS + Math.max(1, Math.ceil(total / 100))
}

// The instant `ticks` ticks after the job's origin, in the API's timestamp format.
function tickInstant(job: LeadUploadJob, ticks: number, perSecond: number): string {
  return isoSeconds(new Date(Date.parse(job.clock_origin) + (ticks * 1000) / perSecond))
}

// Whether a job has nothing left to do.
export function isFinished(job: LeadUploadJob): boolean {
  return job.status === 'COMPLETED' || job.status === 'FAILED'
}

// Imports one row: an error (kept up to the cap), a duplicate, or a new PENDING lead in the job's batch.
function importRow(state: SandboxState, job: LeadUploadJob, row: PendingLeadRow, emails: Set<string>, now: string): void {
  const raw = row.email.trim()
  const email = raw === '' ? null : normalizeEmail(raw)
  if (email === null) {
    job.error_count++
    const error = raw === '' ? invented.leadRowEmailMissing : framework.notEmail
    if (job.errors.length < JOB_ERRORS_KEPT) job.errors.push({ row: row.row, email: raw === '' ? null : raw, error })
    return
  }
  if (emails.has(email.toLowerCase())) {
    job.duplicate_count++
    return
  }
  emails.add(email.toLowerCase())
  const { row: _row, ...fields } = row
  state.leads.push(newLeadRecord({ ...fields, email }, job.campaign_id, job.batch_id, now))
  job.success_count++
}

// Moves one job forward to where time says it should be; true when anything changed.
function advanceJob(state: SandboxState, job: LeadUploadJob, emails: () => Set<string>, perSecond: number, now: Date): boolean {
  const before = JSON.stringify([job.status, job.processed_count, job.started_at])
  const offset = leadTicks(job.total_count)
  const ticks = itemsDueNow(job.clock_origin, 0, job.total_count + offset, perSecond, now)
  if (ticks < QUEUE_TICKS) return false
  job.started_at ??= tickInstant(job, QUEUE_TICKS, perSecond)
  job.status = ticks < offset ? 'VALIDATING' : 'IN_PROGRESS'
  const due = itemsDueNow(job.clock_origin, job.processed_count + offset, job.total_count + offset, perSecond, now)
  const stamp = isoSeconds(now)
  for (const row of job.pending.splice(0, due)) importRow(state, job, row, emails(), stamp)
  job.processed_count = Math.min(job.total_count, job.processed_count + due)
  if (job.processed_count >= job.total_count || job.pending.length === 0) {
    job.processed_count = job.total_count
    job.status = job.error_count >= job.total_count ? 'FAILED' : 'COMPLETED'
    job.completed_at = tickInstant(job, offset + job.total_count, perSecond)
  }
  return JSON.stringify([job.status, job.processed_count, job.started_at]) !== before
}

// Catches up every unfinished upload of a campaign (called whenever its leads or jobs are read or changed).
export function advanceLeadJobs(ctx: SandboxContext, campaignId: string): void {
  const state = ctx.store.state
  const jobs = state.lead_upload_jobs.filter((j) => j.campaign_id === campaignId && !isFinished(j))
  if (jobs.length === 0) return
  let known: Set<string> | null = null
  const emails = () =>
    (known ??= new Set(state.leads.filter((l) => l.campaign_id === campaignId).map((l) => l.email.toLowerCase())))
  const now = ctx.now()
  let changed = false
  for (const job of jobs) changed = advanceJob(state, job, emails, ctx.tuning.leadRowsPerSecond, now) || changed
  if (!changed) return
  recountCampaign(state, campaignId)
  ctx.store.changedInBackground()
}

// Catches up every unfinished upload of every campaign (for campaign-level reads such as C1, C3 and analytics).
export function advanceAllLeadJobs(ctx: SandboxContext): void {
  const campaignIds = new Set(ctx.store.state.lead_upload_jobs.filter((j) => !isFinished(j)).map((j) => j.campaign_id))
  for (const id of campaignIds) advanceLeadJobs(ctx, id)
}

// Campaign-level routes (C1–C7, A1/A2) read counters and leads that upload jobs fill over time; without this
// wrapper they would show an upload's leads only after some lead route had caught the job up.
export function catchingUpLeadJobs(ctx: SandboxContext, routes: readonly RouteDef[]): RouteDef[] {
  return routes.map((route) => ({
    ...route,
    handle(req) {
      advanceAllLeadJobs(ctx)
      return route.handle(req)
    }
  }))
}

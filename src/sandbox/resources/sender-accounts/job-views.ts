import { newId } from '../../clock'
import { invented } from '../../wording'
import type { InboxJob } from './record'

// A new bulk job, already IN_PROGRESS (work starts the moment S2/S7 answer).
export function newInboxJob(kind: InboxJob['kind'], total: number, now: string): InboxJob {
  return {
    job_id: newId(),
    kind,
    status: 'IN_PROGRESS',
    total_rows: total,
    processed_count: 0,
    success_count: 0,
    failed_count: 0,
    skipped_count: 0,
    results: [],
    pending_creates: [],
    pending_deletes: [],
    created_at: now,
    started_at: now,
    completed_at: null
  }
}

// Whole percent, 100 only once every row is processed.
function percentage(job: InboxJob): number {
  return job.total_rows === 0 ? 100 : Math.floor((job.processed_count * 100) / job.total_rows)
}

// The documented S3 job object; S8 adds `deleted_count` and `skipped_count` (its schema is not published).
function jobBody(job: InboxJob) {
  const core = {
    job_id: job.job_id,
    status: job.status,
    progress_percentage: percentage(job),
    total_rows: job.total_rows,
    processed_count: job.processed_count,
    success_count: job.success_count,
    failed_count: job.failed_count
  }
  const extra = job.kind === 'bulk_delete' ? { deleted_count: job.success_count, skipped_count: job.skipped_count } : {}
  return { ...core, ...extra, started_at: job.started_at, completed_at: job.completed_at, results: job.results }
}

// S3/S8 body: `{success, message, job}`.
export function jobProgress(job: InboxJob) {
  return { success: true, message: invented.bulkJobProgress, job: jobBody(job) }
}

// Marks a job finished once nothing is pending.
export function completeIfDone(job: InboxJob, now: string): void {
  if (job.status !== 'IN_PROGRESS' || job.pending_creates.length > 0 || job.pending_deletes.length > 0) return
  job.status = 'COMPLETED'
  job.completed_at = now
}

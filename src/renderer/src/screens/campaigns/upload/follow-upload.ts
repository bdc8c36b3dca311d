import type { AppError } from '../../../../../shared/contract/app-error'
import type { ColdsendFacade } from '../../../../../shared/contract/facade'
import type { LeadUploadProgress } from '../../../../../shared/contract/leads'
import { pollUntil } from '../../../query/poll-until'

/** Job statuses after which nothing changes any more. */
const FINAL = new Set(['COMPLETED', 'FAILED'])

/**
 * Follows an upload job until it is final, reporting each progress read. Stops early when
 * `signal` aborts (dialog closed) or a read fails (the caller shows the error; the job goes on).
 */
export async function followUpload(
  facade: ColdsendFacade,
  job: { campaign_id: string; job_id: string },
  onProgress: (progress: LeadUploadProgress) => void,
  signal: AbortSignal,
  intervalMs = 1000
): Promise<{ done: LeadUploadProgress } | { error: AppError } | { stopped: true }> {
  return pollUntil(() => facade.leads.uploadStatus(job), (p) => FINAL.has(p.status), onProgress, signal, intervalMs)
}

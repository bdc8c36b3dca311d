import type { AppError } from '../../../../../shared/contract/app-error'
import type { ColdsendFacade } from '../../../../../shared/contract/facade'
import type { LeadUploadProgress } from '../../../../../shared/contract/leads'

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
  for (;;) {
    if (signal.aborted) return { stopped: true }
    const result = await facade.leads.uploadStatus(job)
    if (signal.aborted) return { stopped: true }
    if (!result.ok) return { error: result.error }
    onProgress(result.value)
    if (FINAL.has(result.value.status)) return { done: result.value }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

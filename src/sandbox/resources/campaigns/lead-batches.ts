import type { SandboxState } from '../../store/state'

/** One C3 `lead_batches` item: a CSV upload's batch (its leads share `batch_id`), with its job when the sandbox ran one. */
export interface LeadBatchView {
  batch_id: string
  job_id: string | null
  status: string
  lead_count: number
  created_at: string
}

// C3 documents "List of lead batches"; the stored list was never filled, so the detail showed none even after uploads.
// Batches come from upload jobs and from leads' batch ids (seeded leads have no job), oldest first.
export function leadBatchesOf(state: SandboxState, campaignId: string): LeadBatchView[] {
  const batches = new Map<string, LeadBatchView>()
  for (const job of state.lead_upload_jobs) {
    if (job.campaign_id !== campaignId) continue
    batches.set(job.batch_id, { batch_id: job.batch_id, job_id: job.job_id, status: job.status, lead_count: 0, created_at: job.created_at })
  }
  for (const lead of state.leads) {
    if (lead.campaign_id !== campaignId || lead.batch_id === null) continue
    const batch = batches.get(lead.batch_id) ?? { batch_id: lead.batch_id, job_id: null, status: 'COMPLETED', lead_count: 0, created_at: lead.created_at }
    batch.lead_count += 1
    if (batch.job_id === null && lead.created_at < batch.created_at) batch.created_at = lead.created_at
    batches.set(lead.batch_id, batch)
  }
  return [...batches.values()].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
}

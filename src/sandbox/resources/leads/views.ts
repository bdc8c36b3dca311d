import type { CampaignRecord } from '../../store/state'
import { emailInteractions, leadReplies } from './history'
import { JOB_ERRORS_KEPT, type LeadRecord, type LeadUploadJob } from './record'

// The documented "individual lead" body (L3 response, L5 list items), fields in the documented order.
export function leadView(l: LeadRecord) {
  return {
    lead_id: l.lead_id,
    batch_id: l.batch_id,
    email: l.email,
    first_name: l.first_name,
    last_name: l.last_name,
    company: l.company,
    status: l.status,
    last_contacted_at: l.last_contacted_at,
    opened_at: l.opened_at,
    replied_at: l.replied_at,
    created_at: l.created_at,
    custom_fields: l.custom_fields,
    sequence_step: l.sequence_step,
    email_opened: l.email_opened,
    email_replied: l.email_replied,
    unsubscribed: l.unsubscribed
  }
}

// L4: the lead plus its delivery status, per-step email history and replies.
export function leadDetail(l: LeadRecord, campaign: CampaignRecord) {
  return {
    ...leadView(l),
    delivery_status: l.delivery_status,
    email_interactions: emailInteractions(l, campaign),
    replies: leadReplies(l, campaign)
  }
}

// L2: exactly the documented fields, then ours: the leads' `batch_id`, and `errors_truncated` when `errors` is cut to the first 100.
export function uploadProgress(job: LeadUploadJob) {
  const errors = job.errors.slice(0, JOB_ERRORS_KEPT)
  return {
    job_id: job.job_id,
    campaign_id: job.campaign_id,
    status: job.status,
    progress_percentage: Math.floor((job.processed_count * 100) / Math.max(1, job.total_count)),
    processed_count: job.processed_count,
    success_count: job.success_count,
    duplicate_count: job.duplicate_count,
    error_count: job.error_count,
    total_count: job.total_count,
    errors,
    started_at: job.started_at,
    completed_at: job.completed_at,
    batch_id: job.batch_id,
    errors_truncated: job.error_count > errors.length
  }
}

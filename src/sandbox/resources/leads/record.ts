import { z } from 'zod'
import { newId } from '../../clock'

const stamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)

/** Documented lead statuses. */
export const LEAD_STATUSES = ['PENDING', 'QUEUED', 'SENT', 'OPENED', 'REPLIED', 'FAILED', 'BOUNCED', 'UNSUBSCRIBED', 'EXTERNAL'] as const

/** A stored lead, shaped like the documented "individual lead" response plus its campaign. */
export const LeadRecordSchema = z.object({
  lead_id: z.uuid(),
  campaign_id: z.uuid(),
  batch_id: z.uuid().nullable(),
  email: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company: z.string().nullable(),
  status: z.string(),
  custom_fields: z.record(z.string(), z.string()),
  sequence_step: z.number().int(),
  email_opened: z.boolean(),
  email_replied: z.boolean(),
  unsubscribed: z.boolean(),
  delivery_status: z.string().nullable(),
  last_contacted_at: stamp.nullable(),
  opened_at: stamp.nullable(),
  replied_at: stamp.nullable(),
  created_at: stamp
})
// The TypeScript shape of a stored lead.
export type LeadRecord = z.infer<typeof LeadRecordSchema>

/** One CSV data row waiting in a job: already mapped to lead fields, validated only when processed. */
export const PendingLeadRowSchema = z.object({
  /** 1-based data row number (header excluded, blank lines skipped). */
  row: z.number().int(),
  email: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company: z.string().nullable(),
  custom_fields: z.record(z.string(), z.string())
})
// The TypeScript shape of a waiting row.
export type PendingLeadRow = z.infer<typeof PendingLeadRowSchema>

/** Most row errors a job keeps (and L2 shows); `error_count` still counts every one. */
export const JOB_ERRORS_KEPT = 100

/** A CSV upload job; rows not yet processed wait in `pending` so progress can advance over time and survive restarts. */
export const LeadUploadJobSchema = z.object({
  job_id: z.uuid(),
  campaign_id: z.uuid(),
  batch_id: z.uuid(),
  status: z.string(),
  total_count: z.number().int(),
  processed_count: z.number().int(),
  success_count: z.number().int(),
  duplicate_count: z.number().int(),
  error_count: z.number().int(),
  /** The first JOB_ERRORS_KEPT errors only; `error_count` has them all. */
  errors: z.array(z.object({ row: z.number().int(), email: z.string().nullable(), error: z.string() })),
  pending: z.array(PendingLeadRowSchema),
  created_at: stamp,
  /** Exact upload instant (ms precision): the job's progress is computed from it. */
  clock_origin: z.iso.datetime(),
  started_at: stamp.nullable(),
  completed_at: stamp.nullable()
})
// The TypeScript shape of an upload job.
export type LeadUploadJob = z.infer<typeof LeadUploadJobSchema>

/** What a new lead is made from (manual add or one CSV row). */
export type NewLeadFields = Pick<LeadRecord, 'email' | 'first_name' | 'last_name' | 'company' | 'custom_fields'>

// A new PENDING lead, not yet contacted; `batch_id` is the upload's batch (null for manual adds).
export function newLeadRecord(fields: NewLeadFields, campaignId: string, batchId: string | null, createdAt: string): LeadRecord {
  return {
    lead_id: newId(),
    campaign_id: campaignId,
    batch_id: batchId,
    ...fields,
    status: 'PENDING',
    sequence_step: 0,
    email_opened: false,
    email_replied: false,
    unsubscribed: false,
    delivery_status: null,
    last_contacted_at: null,
    opened_at: null,
    replied_at: null,
    created_at: createdAt
  }
}

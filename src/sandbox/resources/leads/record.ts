import { z } from 'zod'

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
  errors: z.array(z.object({ row: z.number().int(), email: z.string().nullable(), error: z.string() })),
  pending: z.array(z.record(z.string(), z.string())),
  created_at: stamp,
  started_at: stamp.nullable(),
  completed_at: stamp.nullable()
})
// The TypeScript shape of an upload job.
export type LeadUploadJob = z.infer<typeof LeadUploadJobSchema>

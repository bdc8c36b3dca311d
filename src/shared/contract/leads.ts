import { z } from 'zod'
import { PaginationSchema, actionReply, boundedMap, count, idParam, looseRecord, pageParams, shapeText, stamp } from './common'

/** Documented lead statuses; outputs still accept any string. */
export const LEAD_STATUSES = ['PENDING', 'QUEUED', 'SENT', 'OPENED', 'REPLIED', 'FAILED', 'BOUNCED', 'UNSUBSCRIBED', 'EXTERNAL'] as const

/** Documented upload job statuses; `COMPLETED` and `FAILED` are final. */
export const LEAD_UPLOAD_STATUSES = ['PENDING', 'VALIDATING', 'IN_PROGRESS', 'COMPLETED', 'FAILED'] as const

/** The documented CSV cap ("50 MB", read as 50 MiB like the sandbox), in UTF-8 bytes. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024

/** UTF-8 byte length without allocating a copy (a message may be megabytes; no Buffer in the renderer). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4 // a surrogate pair; a lone surrogate is written as U+FFFD (3 bytes)
      i++
    } else bytes += 3
  }
  return bytes
}

const campaignId = { campaign_id: idParam }
const customFields = boundedMap(z.string().max(10_000), 200)

/** leads.add input (`POST /campaigns/{id}/leads/manual`): one lead; the server validates the address. */
export const LeadAddInputSchema = z.strictObject({
  ...campaignId,
  email: shapeText,
  first_name: shapeText.nullable().optional(),
  last_name: shapeText.nullable().optional(),
  company: shapeText.nullable().optional(),
  custom_fields: customFields.nullable().optional()
})
export type LeadAddInput = z.infer<typeof LeadAddInputSchema>

/** leads.list input: documented pagination plus status and search filters. */
export const LeadListInputSchema = z.strictObject({
  ...campaignId,
  ...pageParams,
  status: z.string().max(50).optional(),
  search: z.string().max(255).optional()
})
export type LeadListInput = z.infer<typeof LeadListInputSchema>

/** leads.get / leads.delete input: one lead of one campaign. */
export const LeadIdInputSchema = z.strictObject({ ...campaignId, lead_id: idParam })

/** leads.stats input. */
export const LeadCampaignInputSchema = z.strictObject({ ...campaignId })

/** leads.bulkDelete input: PENDING leads to remove (the sandbox takes 1–100 per call; the bound here is shape only). */
export const LeadBulkDeleteInputSchema = z.strictObject({ ...campaignId, lead_ids: z.array(idParam).min(1).max(1000) })

/**
 * leads.upload input: the CSV file's bytes (≤ 50 MB; bytes, never a string, so no copy doubles it
 * on the way), the file name to send it under, and the mapping of ColdSend lead fields → CSV
 * column headers (sent as the JSON string part `mapping`).
 */
export const LeadUploadInputSchema = z.strictObject({
  ...campaignId,
  csv: z
    .instanceof(Uint8Array, { message: 'The CSV file must be sent as bytes.' })
    .refine((bytes) => bytes.length <= MAX_CSV_BYTES, { message: 'The CSV file is larger than 50 MB.' }),
  file_name: z.string().min(1).max(255).default('leads.csv'),
  mapping: boundedMap(z.string().max(1000), 500)
})
export type LeadUploadInput = z.input<typeof LeadUploadInputSchema>

/** leads.uploadStatus input. */
export const LeadUploadJobInputSchema = z.strictObject({ ...campaignId, job_id: idParam })

/** The documented "individual lead" body (manual add, list items); unknown keys kept. */
export const LeadSchema = z.looseObject({
  lead_id: z.string(),
  batch_id: z.string().nullable().optional(),
  email: z.string(),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  status: z.string(),
  last_contacted_at: stamp,
  opened_at: stamp,
  replied_at: stamp,
  created_at: stamp,
  custom_fields: looseRecord.catch({}).default({}),
  sequence_step: count,
  email_opened: z.boolean().nullable().optional(),
  email_replied: z.boolean().nullable().optional(),
  unsubscribed: z.boolean().nullable().optional()
})
export type Lead = z.infer<typeof LeadSchema>

/** leads.get output: the lead plus delivery status, per-step email history and replies. */
export const LeadDetailSchema = LeadSchema.extend({
  delivery_status: z.string().nullable().optional(),
  email_interactions: z.array(looseRecord).catch([]).default([]),
  replies: z.array(looseRecord).catch([]).default([])
})
export type LeadDetail = z.infer<typeof LeadDetailSchema>

/** leads.list output (endpoint inferred, so pagination is optional). */
export const LeadListOutputSchema = z.looseObject({
  leads: z.array(LeadSchema),
  pagination: PaginationSchema.optional()
})
export type LeadListOutput = z.infer<typeof LeadListOutputSchema>

/** leads.stats output (endpoint inferred): total and counts per lead status. */
export const LeadStatsSchema = z.looseObject({
  campaign_id: z.string().optional(),
  total: count,
  by_status: z.record(z.string(), z.number()).catch({}).default({})
})
export type LeadStats = z.infer<typeof LeadStatsSchema>

/** leads.delete output (any 2xx body accepted). */
export const LeadDeletedSchema = actionReply(z.looseObject({ lead_id: z.string().optional(), deleted: z.boolean().optional() }))
export type LeadDeleted = z.infer<typeof LeadDeletedSchema>

/** leads.bulkDelete output: how many went, how many were skipped (not PENDING) or unknown. */
export const LeadBulkDeletedSchema = z.looseObject({
  requested_count: count,
  deleted_count: count,
  skipped_count: count,
  not_found_count: count,
  results: z.array(looseRecord).catch([]).default([])
})
export type LeadBulkDeleted = z.infer<typeof LeadBulkDeletedSchema>

/** leads.upload output: the job to poll (202 or 200). */
export const LeadUploadStartedSchema = z.looseObject({
  job_id: z.string(),
  campaign_id: z.string().optional(),
  status: z.string().optional(),
  total_count: z.number().int().nullable().optional()
})
export type LeadUploadStarted = z.infer<typeof LeadUploadStartedSchema>

/** One row error of an upload job (shape undocumented; `{row, email, error}` assumed, extra keys kept). */
export const LeadUploadErrorSchema = z.looseObject({
  row: z.number().int().nullable().optional(),
  email: z.string().nullable().optional(),
  error: z.string().nullable().optional()
})

/** leads.uploadStatus output: the documented job progress. */
export const LeadUploadProgressSchema = z.looseObject({
  job_id: z.string(),
  campaign_id: z.string().optional(),
  status: z.string(),
  progress_percentage: z.number().catch(0).default(0),
  processed_count: count,
  success_count: count,
  duplicate_count: count,
  error_count: count,
  total_count: count,
  errors: z.array(LeadUploadErrorSchema).catch([]).default([]),
  started_at: stamp,
  completed_at: stamp
})
export type LeadUploadProgress = z.infer<typeof LeadUploadProgressSchema>

import { z } from 'zod'
import { PaginationSchema, actionReply, count, idParam, looseRecord, pageParams, shapeInt, shapeText, stamp } from './common'

/** Documented `inbox_type` values of the SMTP endpoints (the wire values the console sends). */
export const INBOX_TYPES = ['GOOGLE_WORKSPACE', 'OUTLOOK_365', 'CUSTOM_SMTP'] as const

/** Documented sender statuses (`overall_status`); outputs still accept any string. */
export const INBOX_STATUSES = ['PENDING', 'ACTIVE', 'PAUSED', 'DISABLED'] as const

const port = z.number().int().min(1).max(65535)

/**
 * A mailbox password: bounded like every input string, never logged. The core's redactor treats any
 * field whose name contains `pass` (also secret, token, auth, api key) as secret and scrubs its value
 * from every log line and error record, so these fields need no special handling elsewhere.
 */
const password = z.string().max(1000)

/**
 * One BYOC inbox (S1 body, also each item of the bulk body). IMAP is required: ColdSend validates
 * both sides before activation. `daily_limit`'s per-provider maximum is the server's business rule.
 */
export const SenderCreateInputSchema = z.strictObject({
  email_address: shapeText,
  display_name: shapeText,
  inbox_type: z.enum(INBOX_TYPES),
  smtp_host: shapeText,
  smtp_port: port,
  smtp_username: shapeText,
  smtp_password: password,
  imap_host: shapeText,
  imap_port: port,
  imap_username: shapeText,
  imap_password: password,
  daily_limit: shapeInt.optional(),
  smtp_use_tls: z.boolean().optional(),
  imap_use_ssl: z.boolean().optional()
})
export type SenderCreateInput = z.infer<typeof SenderCreateInputSchema>

/** senders.bulkCreate input: documented 1–100 inboxes per job; the bound here is shape only. */
export const SenderBulkCreateInputSchema = z.strictObject({ inboxes: z.array(SenderCreateInputSchema).min(1).max(1000) })

/** senders.list input (endpoint inferred): pagination plus status, type and search filters. */
export const SenderListInputSchema = z.strictObject({
  ...pageParams,
  status: z.string().max(50).optional(),
  inbox_type: z.string().max(50).optional(),
  search: z.string().max(255).optional()
})
export type SenderListInput = z.infer<typeof SenderListInputSchema>

/** senders.get / delete / pause / resume input. */
export const SenderIdInputSchema = z.strictObject({ inbox_id: idParam })

/** senders.health input: `refresh` re-runs the real SMTP/IMAP checks instead of reporting the last ones. */
export const SenderHealthInputSchema = z.strictObject({ inbox_id: idParam, refresh: z.boolean().optional() })

/** senders.testEmail input. */
export const SenderTestEmailInputSchema = z.strictObject({ inbox_id: idParam, recipient_email: shapeText })

/** senders.bulkDelete input: `confirm_deletion` must be true (documented); 1–100 ids per job on the server. */
export const SenderBulkDeleteInputSchema = z.strictObject({
  inbox_ids: z.array(idParam).min(1).max(1000),
  confirm_deletion: z.literal(true)
})

/** senders.bulkCreateStatus / bulkDeleteStatus input (SMTP bulk job ids are plain strings). */
export const SenderJobInputSchema = z.strictObject({ job_id: idParam })

/** An inbox as the API returns it (S1 fields; list/detail add settings and health). Credentials never come back. */
export const SenderSchema = z.looseObject({
  inbox_id: z.string(),
  email_address: z.string(),
  display_name: z.string().nullable().optional(),
  inbox_type: z.string().nullable().optional(),
  daily_limit: z.number().int().nullable().optional(),
  overall_status: z.string().nullable().optional(),
  created_at: stamp,
  updated_at: stamp,
  smtp_host: z.string().nullable().optional(),
  smtp_port: z.number().int().nullable().optional(),
  smtp_username: z.string().nullable().optional(),
  smtp_use_tls: z.boolean().nullable().optional(),
  imap_host: z.string().nullable().optional(),
  imap_port: z.number().int().nullable().optional(),
  imap_username: z.string().nullable().optional(),
  imap_use_ssl: z.boolean().nullable().optional(),
  health: looseRecord.nullable().optional()
})
export type Sender = z.infer<typeof SenderSchema>

/**
 * senders.list output. The list key is undocumented (`sender_accounts` or `inboxes`); either is
 * accepted and the rows are always returned as `sender_accounts`.
 */
export const SenderListOutputSchema = z.preprocess(
  (body) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return body
    const b = body as Record<string, unknown>
    return b.sender_accounts === undefined && Array.isArray(b.inboxes) ? { ...b, sender_accounts: b.inboxes } : b
  },
  z.looseObject({ sender_accounts: z.array(SenderSchema), pagination: PaginationSchema.optional() })
)
export type SenderListOutput = z.infer<typeof SenderListOutputSchema>

/** A bulk create/delete "started" reply: counts so far and the job to poll (`job_id` nullable per the docs). */
const bulkStarted = {
  total: count,
  failed_count: count,
  job_id: z.string().nullable().optional(),
  results: z.array(looseRecord).catch([]).default([])
}

/** senders.bulkCreate output. */
export const SenderBulkCreateStartedSchema = z.looseObject({ ...bulkStarted, success_count: count })
export type SenderBulkCreateStarted = z.infer<typeof SenderBulkCreateStartedSchema>

/** senders.bulkDelete output (`skipped_count` = not found or in use by a campaign). */
export const SenderBulkDeleteStartedSchema = z.looseObject({ ...bulkStarted, deleted_count: count, skipped_count: count })
export type SenderBulkDeleteStarted = z.infer<typeof SenderBulkDeleteStartedSchema>

/** The documented bulk job object (S3; S8 is assumed the same, plus `deleted_count`/`skipped_count`). */
export const SenderJobSchema = z.looseObject({
  job_id: z.string(),
  status: z.string(),
  progress_percentage: z.number().catch(0).default(0),
  total_rows: count,
  processed_count: count,
  success_count: count,
  failed_count: count,
  deleted_count: z.number().int().optional(),
  skipped_count: z.number().int().optional(),
  started_at: stamp,
  completed_at: stamp,
  results: z.array(looseRecord).catch([]).default([])
})
export type SenderJob = z.infer<typeof SenderJobSchema>

/** senders.bulkCreateStatus / bulkDeleteStatus output: `{success, message, job}`. */
export const SenderJobProgressSchema = z.looseObject({ job: SenderJobSchema })
export type SenderJobProgress = z.infer<typeof SenderJobProgressSchema>

/** senders.pause / resume output: the inbox's new status (any 2xx body accepted). */
export const SenderStatusChangedSchema = actionReply(
  z.looseObject({ inbox_id: z.string().optional(), overall_status: z.string().nullable().optional(), updated_at: stamp })
)
export type SenderStatusChanged = z.infer<typeof SenderStatusChangedSchema>

/** senders.delete output (any 2xx body accepted). */
export const SenderDeletedSchema = actionReply(z.looseObject({ inbox_id: z.string().optional(), deleted: z.boolean().optional() }))
export type SenderDeleted = z.infer<typeof SenderDeletedSchema>

/** senders.testEmail output (documented; `message_id` nullable). */
export const SenderTestEmailSentSchema = z.looseObject({
  inbox_id: z.string().optional(),
  inbox_email: z.string().nullable().optional(),
  recipient_email: z.string().nullable().optional(),
  sent_at: stamp,
  message_id: z.string().nullable().optional()
})
export type SenderTestEmailSent = z.infer<typeof SenderTestEmailSentSchema>

/** One side's last connection check in a health report. */
export const SenderSideHealthSchema = z.looseObject({
  ok: z.boolean().nullable().optional(),
  checked_at: stamp,
  error: z.string().nullable().optional()
})

/** senders.health output (endpoint inferred): last checks per side, headroom, reputation; all optional. */
export const SenderHealthSchema = z.looseObject({
  inbox_id: z.string().optional(),
  email_address: z.string().nullable().optional(),
  overall_status: z.string().nullable().optional(),
  smtp: SenderSideHealthSchema.nullable().optional(),
  imap: SenderSideHealthSchema.nullable().optional(),
  daily_limit: z.number().int().nullable().optional(),
  sent_today: z.number().int().nullable().optional(),
  remaining_today: z.number().int().nullable().optional(),
  reputation_score: z.number().nullable().optional(),
  bounce_rate: z.number().nullable().optional(),
  spam_complaint_rate: z.number().nullable().optional(),
  warmup: looseRecord.nullable().optional()
})
export type SenderHealth = z.infer<typeof SenderHealthSchema>

import { z } from 'zod'

const stamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)

/** A stored sender account (inbox). Passwords live only inside `credentials`, AES-256-GCM ciphertext. */
export const SenderAccountRecordSchema = z.object({
  inbox_id: z.uuid(),
  email_address: z.string(),
  display_name: z.string(),
  inbox_type: z.string(),
  smtp_host: z.string(),
  smtp_port: z.number().int(),
  smtp_username: z.string(),
  smtp_use_tls: z.boolean(),
  imap_host: z.string(),
  imap_port: z.number().int(),
  imap_username: z.string(),
  imap_use_ssl: z.boolean(),
  daily_limit: z.number().int(),
  overall_status: z.string(),
  /** base64(iv ‖ tag ‖ ciphertext) of JSON {smtp_password, imap_password}; never returned by the API. */
  credentials: z.string(),
  health: z.object({ smtp_ok: z.boolean(), imap_ok: z.boolean(), last_checked_at: stamp.nullable(), last_error: z.string().nullable() }).loose(),
  sent_today: z.number().int(),
  created_at: stamp,
  updated_at: stamp
})
// The TypeScript shape of a stored inbox.
export type SenderAccountRecord = z.infer<typeof SenderAccountRecordSchema>

/** A bulk inbox job (SMTP bulk create or bulk delete) with its per-item results. */
export const InboxJobSchema = z.object({
  job_id: z.string(),
  kind: z.enum(['smtp_bulk_create', 'bulk_delete']),
  status: z.string(),
  total_rows: z.number().int(),
  processed_count: z.number().int(),
  success_count: z.number().int(),
  failed_count: z.number().int(),
  skipped_count: z.number().int(),
  results: z.array(z.record(z.string(), z.unknown())),
  created_at: stamp,
  started_at: stamp.nullable(),
  completed_at: stamp.nullable()
})
// The TypeScript shape of a bulk inbox job.
export type InboxJob = z.infer<typeof InboxJobSchema>

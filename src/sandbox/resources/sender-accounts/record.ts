import { z } from 'zod'

const stamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)

/** The last real check of one side (SMTP or IMAP): null `ok` = never checked. */
export const SideHealthSchema = z.object({ ok: z.boolean().nullable(), checked_at: stamp.nullable(), error: z.string().nullable() })
// One side's last check.
export type SideHealth = z.infer<typeof SideHealthSchema>

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
  health: z.object({ smtp: SideHealthSchema, imap: SideHealthSchema }),
  sent_today: z.number().int(),
  created_at: stamp,
  updated_at: stamp
})
// The TypeScript shape of a stored inbox.
export type SenderAccountRecord = z.infer<typeof SenderAccountRecordSchema>

/** The configuration of an inbox as S1 accepts it, minus the passwords (what a bulk job keeps while it waits). */
export const InboxSettingsSchema = SenderAccountRecordSchema.pick({
  email_address: true,
  display_name: true,
  inbox_type: true,
  smtp_host: true,
  smtp_port: true,
  smtp_username: true,
  imap_host: true,
  imap_port: true,
  imap_username: true,
  daily_limit: true,
  smtp_use_tls: true,
  imap_use_ssl: true
})
// An inbox's settings without secrets.
export type InboxSettings = z.infer<typeof InboxSettingsSchema>

/** A bulk-create row not yet checked: its settings and its passwords sealed like a stored inbox's. */
const PendingCreateSchema = z.object({ index: z.number().int(), settings: InboxSettingsSchema, credentials: z.string() })
/** A bulk-delete item not yet processed. */
const PendingDeleteSchema = z.object({ index: z.number().int(), inbox_id: z.string() })

/** A bulk inbox job (SMTP bulk create or bulk delete) with its per-item results and the work still to do. */
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
  pending_creates: z.array(PendingCreateSchema).default([]),
  pending_deletes: z.array(PendingDeleteSchema).default([]),
  created_at: stamp,
  started_at: stamp.nullable(),
  completed_at: stamp.nullable()
})
// The TypeScript shape of a bulk inbox job.
export type InboxJob = z.infer<typeof InboxJobSchema>

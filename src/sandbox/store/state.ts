import { z } from 'zod'
import { LeadRecordSchema, LeadUploadJobSchema } from '../resources/leads/record'
import { InboxJobSchema, SenderAccountRecordSchema } from '../resources/sender-accounts/record'

const stamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
const count = z.number().int().nonnegative()

/** A stored campaign: every configuration field of the C3 detail view plus its counters. */
export const CampaignRecordSchema = z.object({
  campaign_id: z.uuid(),
  name: z.string(),
  status: z.string(),
  current_step: z.number().int(),
  daily_limit_per_inbox: z.number().int().nullable(),
  start_date: stamp.nullable(),
  timezone: z.string(),
  sending_days: z.array(z.number().int()),
  sending_window_start: z.number().int(),
  sending_window_start_minute: z.number().int(),
  sending_window_end: z.number().int(),
  sending_window_end_minute: z.number().int(),
  enable_tracking: z.boolean(),
  enable_unsubscribe: z.boolean(),
  ramp_up_enabled: z.boolean(),
  ramp_up_increment: z.number().int(),
  ramp_up_max_limit: z.number().int(),
  reply_to_email: z.string().nullable(),
  lead_mapping: z.record(z.string(), z.string()).nullable(),
  variants: z.array(z.unknown()),
  sequences: z.array(z.unknown()),
  /** Assigned inboxes; each item carries at least `inbox_id` (the in-use check reads it). */
  inboxes: z.array(z.object({ inbox_id: z.uuid() }).loose()),
  lead_batches: z.array(z.unknown()),
  created_by: z.uuid(),
  team_id: z.uuid(),
  created_at: stamp,
  updated_at: stamp,
  launched_at: stamp.nullable(),
  total_leads: count,
  sent_count: count,
  reply_count: count,
  open_count: count,
  bounce_count: count,
  unsubscribe_count: count
})
// The TypeScript shape of a stored campaign.
export type CampaignRecord = z.infer<typeof CampaignRecordSchema>

/** A stored API key: only the SHA-256 of the key, never the key itself. */
export const ApiKeyRecordSchema = z.object({
  key_hash: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string(),
  scopes: z.array(z.string()),
  revoked: z.boolean(),
  created_at: stamp,
  revoked_at: stamp.nullable()
})
// The TypeScript shape of a stored key.
export type ApiKeyRecord = z.infer<typeof ApiKeyRecordSchema>

/** Everything the sandbox persists in state.json (version bumps when the layout changes). */
export const SandboxStateSchema = z.object({
  version: z.literal(1),
  team_id: z.uuid(),
  user_id: z.uuid(),
  campaigns: z.array(CampaignRecordSchema),
  api_keys: z.array(ApiKeyRecordSchema),
  leads: z.array(LeadRecordSchema).default([]),
  lead_upload_jobs: z.array(LeadUploadJobSchema).default([]),
  sender_accounts: z.array(SenderAccountRecordSchema).default([]),
  inbox_jobs: z.array(InboxJobSchema).default([])
})
// The TypeScript shape of state.json.
export type SandboxState = z.infer<typeof SandboxStateSchema>

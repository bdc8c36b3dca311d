import { z } from 'zod'
import { InitialVariantsInputSchema, SequenceViewSchema, SequencesInputSchema, VariantViewSchema } from './campaign-content'
import { PaginationSchema, actionReply, boundedMap, count, idParam, looseRecord, optionalNumber, shapeInt, stamp } from './common'

export { PaginationSchema, type Pagination } from './common'

/** Documented campaign statuses; outputs still accept any string (tolerant of new states). */
export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED'] as const

/** campaigns.list input: the documented query parameters, bounded. */
export const CampaignListInputSchema = z.strictObject({
  page: z.number().int().min(1).max(100000).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  search: z.string().max(255).optional(),
  sort_by: z.string().max(50).optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
  /** Created within the last N days (documented ≥ 1). */
  days: z.number().int().min(1).max(100_000).optional()
})
export type CampaignListInput = z.infer<typeof CampaignListInputSchema>

/** One row of the campaigns list; unknown keys kept. */
export const CampaignSummarySchema = z.looseObject({
  campaign_id: z.string(),
  name: z.string(),
  status: z.string(),
  created_at: stamp,
  launched_at: stamp,
  total_leads: count,
  sent_count: count,
  reply_count: count,
  open_count: count,
  bounce_count: count,
  unsubscribe_count: count
})
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>

/** campaigns.list output. */
export const CampaignListOutputSchema = z.looseObject({
  campaigns: z.array(CampaignSummarySchema),
  pagination: PaginationSchema
})
export type CampaignListOutput = z.infer<typeof CampaignListOutputSchema>

/**
 * campaigns.create input: the contract only bounds shape and size; the documented business limits
 * (name 8–255, daily limit 1–100) live in rules.ts so the server stays the authority.
 */
export const CampaignCreateInputSchema = z.strictObject({
  name: z.string().max(1000),
  daily_limit_per_inbox: z.number().int().min(-1_000_000).max(1_000_000).nullable().optional(),
  start_date: z.string().max(60).nullable().optional(),
  timezone: z.string().max(200).optional(),
  sending_days: z.array(z.number().int().min(-100).max(100)).max(20).optional(),
  sending_window_start: z.number().int().min(-1000).max(1000).optional(),
  sending_window_start_minute: z.number().int().min(-1000).max(1000).optional(),
  sending_window_end: z.number().int().min(-1000).max(1000).optional(),
  sending_window_end_minute: z.number().int().min(-1000).max(1000).optional(),
  enable_tracking: z.boolean().optional(),
  enable_unsubscribe: z.boolean().optional(),
  ramp_up_enabled: z.boolean().optional(),
  ramp_up_increment: shapeInt.optional(),
  ramp_up_max_limit: shapeInt.optional()
})
export type CampaignCreateInput = z.infer<typeof CampaignCreateInputSchema>

/** campaigns.create output (documented success body). */
export const CampaignCreatedSchema = z.looseObject({
  campaign_id: z.string(),
  name: z.string(),
  status: z.string(),
  created_at: stamp
})
export type CampaignCreated = z.infer<typeof CampaignCreatedSchema>

/** campaigns.get input. */
export const CampaignIdInputSchema = z.strictObject({ campaign_id: idParam })

/** An inbox assigned to a campaign, as the detail view lists it. */
export const CampaignInboxViewSchema = z.looseObject({
  inbox_id: z.string(),
  email_address: z.string().nullable().optional()
})

/**
 * campaigns.get output: the detail view (field names partly inferred from the docs' descriptions),
 * every field but the summary's optional, unknown keys kept. Rates here are percentages 0–100.
 */
export const CampaignDetailSchema = CampaignSummarySchema.extend({
  daily_limit_per_inbox: z.number().int().nullable().optional(),
  start_date: stamp,
  timezone: z.string().nullable().optional(),
  sending_days: z.array(z.number().int()).nullable().optional(),
  sending_window_start: z.number().int().nullable().optional(),
  sending_window_start_minute: z.number().int().nullable().optional(),
  sending_window_end: z.number().int().nullable().optional(),
  sending_window_end_minute: z.number().int().nullable().optional(),
  enable_tracking: z.boolean().nullable().optional(),
  enable_unsubscribe: z.boolean().nullable().optional(),
  ramp_up_enabled: z.boolean().nullable().optional(),
  ramp_up_increment: z.number().int().nullable().optional(),
  ramp_up_max_limit: z.number().int().nullable().optional(),
  reply_to_email: z.string().nullable().optional(),
  lead_mapping: looseRecord.nullable().optional(),
  variants: z.array(VariantViewSchema).nullable().optional(),
  sequences: z.array(SequenceViewSchema).nullable().optional(),
  inboxes: z.array(CampaignInboxViewSchema).nullable().optional(),
  lead_batches: z.array(looseRecord).nullable().optional(),
  updated_at: stamp,
  completion_rate: optionalNumber,
  success_rate: optionalNumber,
  open_to_reply_rate: optionalNumber
})
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>

/**
 * campaigns.update input (`PUT /campaigns/{id}`): every field optional and nullable, send only what
 * changes; `launch: true` validates and activates. Business limits stay shape-only (see common.ts).
 */
export const CampaignUpdateInputSchema = z.strictObject({
  campaign_id: idParam,
  name: z.string().max(1000).nullable().optional(),
  daily_limit_per_inbox: shapeInt.nullable().optional(),
  start_date: z.string().max(60).nullable().optional(),
  timezone: z.string().max(200).nullable().optional(),
  sending_days: z.array(shapeInt).max(20).nullable().optional(),
  sending_window_start: shapeInt.nullable().optional(),
  sending_window_start_minute: shapeInt.nullable().optional(),
  sending_window_end: shapeInt.nullable().optional(),
  sending_window_end_minute: shapeInt.nullable().optional(),
  enable_tracking: z.boolean().nullable().optional(),
  enable_unsubscribe: z.boolean().nullable().optional(),
  ramp_up_enabled: z.boolean().nullable().optional(),
  ramp_up_increment: shapeInt.nullable().optional(),
  ramp_up_max_limit: shapeInt.nullable().optional(),
  /** CSV column → lead field mapping (G1 style); the upload carries its own mapping in G2. */
  lead_mapping: boundedMap(z.string().max(1000), 500).nullable().optional(),
  /** Sender accounts to use (documented ≥ 1). */
  inbox_ids: z.array(idParam).max(10_000).nullable().optional(),
  variants: InitialVariantsInputSchema.nullable().optional(),
  sequences: SequencesInputSchema.nullable().optional(),
  launch: z.boolean().nullable().optional()
})
export type CampaignUpdateInput = z.infer<typeof CampaignUpdateInputSchema>

/** campaigns.update output: the documented body, with the launch readiness it reports. */
export const CampaignUpdatedSchema = z.looseObject({
  campaign_id: z.string(),
  name: z.string().nullable().optional(),
  status: z.string(),
  is_launch_ready: z.boolean().nullable().optional(),
  updated_at: stamp,
  missing_requirements: z.array(z.string()).catch([]).default([])
})
export type CampaignUpdated = z.infer<typeof CampaignUpdatedSchema>

/** campaigns.pause / activate / resume output: the new status (any 2xx body accepted). */
export const CampaignStatusChangedSchema = actionReply(
  z.looseObject({
    campaign_id: z.string().optional(),
    status: z.string().optional()
  })
)
export type CampaignStatusChanged = z.infer<typeof CampaignStatusChangedSchema>

/** campaigns.delete output (any 2xx body accepted). */
export const CampaignDeletedSchema = actionReply(
  z.looseObject({
    campaign_id: z.string().optional(),
    deleted: z.boolean().optional()
  })
)
export type CampaignDeleted = z.infer<typeof CampaignDeletedSchema>

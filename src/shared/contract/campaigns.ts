import { z } from 'zod'

/** Documented campaign statuses; outputs still accept any string (tolerant of new states). */
export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED'] as const

const uuidish = z.string().min(1).max(100)
const count = z.number().int().nonnegative().catch(0).default(0)
const stamp = z.string().max(60).nullable().optional()

/** campaigns.list input: the documented query parameters, bounded. */
export const CampaignListInputSchema = z.strictObject({
  page: z.number().int().min(1).max(100000).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  search: z.string().max(255).optional(),
  sort_by: z.string().max(50).optional(),
  sort_order: z.enum(['asc', 'desc']).optional()
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

/** The documented PaginationMeta envelope. */
export const PaginationSchema = z.looseObject({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
  has_next: z.boolean(),
  has_prev: z.boolean()
})
export type Pagination = z.infer<typeof PaginationSchema>

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
  enable_unsubscribe: z.boolean().optional()
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
export const CampaignIdInputSchema = z.strictObject({ campaign_id: uuidish })

/** campaigns.get output: the detail view, unknown keys kept. */
export const CampaignDetailSchema = CampaignSummarySchema.extend({
  daily_limit_per_inbox: z.number().int().nullable().optional(),
  timezone: z.string().nullable().optional(),
  updated_at: stamp
})
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>

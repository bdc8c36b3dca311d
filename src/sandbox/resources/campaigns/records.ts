import type { CampaignRecord } from '../../store/state'

/** Documented campaign statuses. */
export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED'] as const
// One of the documented statuses.
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** Documented defaults for optional create fields (ramp-up numbers are the docs' example values). */
export const CAMPAIGN_DEFAULTS = {
  daily_limit_per_inbox: null,
  start_date: null,
  timezone: 'America/New_York',
  sending_days: [1, 2, 3, 4, 5],
  sending_window_start: 9,
  sending_window_start_minute: 0,
  sending_window_end: 17,
  sending_window_end_minute: 0,
  enable_tracking: false,
  enable_unsubscribe: true,
  ramp_up_enabled: false,
  ramp_up_increment: 50,
  ramp_up_max_limit: 500
} as const

/** The client-settable configuration of a campaign (what C2 accepts). */
export type CampaignConfig = Pick<CampaignRecord, 'name' | keyof typeof CAMPAIGN_DEFAULTS>

/** Who owns a new campaign and when it was made. */
export interface CampaignOrigin {
  campaign_id: string
  team_id: string
  created_by: string
  created_at: string
}

// A new DRAFT campaign with zero counters and nothing attached yet; used by C2 and the seed.
export function newCampaignRecord(config: CampaignConfig, origin: CampaignOrigin): CampaignRecord {
  return {
    campaign_id: origin.campaign_id,
    name: config.name,
    status: 'DRAFT',
    current_step: 0,
    daily_limit_per_inbox: config.daily_limit_per_inbox,
    start_date: config.start_date,
    timezone: config.timezone,
    sending_days: [...config.sending_days],
    sending_window_start: config.sending_window_start,
    sending_window_start_minute: config.sending_window_start_minute,
    sending_window_end: config.sending_window_end,
    sending_window_end_minute: config.sending_window_end_minute,
    enable_tracking: config.enable_tracking,
    enable_unsubscribe: config.enable_unsubscribe,
    ramp_up_enabled: config.ramp_up_enabled,
    ramp_up_increment: config.ramp_up_increment,
    ramp_up_max_limit: config.ramp_up_max_limit,
    reply_to_email: null,
    lead_mapping: null,
    variants: [],
    sequences: [],
    inboxes: [],
    lead_batches: [],
    created_by: origin.created_by,
    team_id: origin.team_id,
    created_at: origin.created_at,
    updated_at: origin.created_at,
    launched_at: null,
    total_leads: 0,
    sent_count: 0,
    reply_count: 0,
    open_count: 0,
    bounce_count: 0,
    unsubscribe_count: 0
  }
}

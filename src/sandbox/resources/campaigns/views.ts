import type { CampaignRecord } from '../../store/state'
import { documented, invented } from '../../wording'
import type { LeadBatchView } from './lead-batches'

// A percentage with two decimals, 0 when the denominator is 0.
function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0
}

// One row of the C1 list, exactly the documented fields.
export function campaignSummary(c: CampaignRecord) {
  return {
    campaign_id: c.campaign_id,
    name: c.name,
    status: c.status,
    current_step: c.current_step,
    created_at: c.created_at,
    launched_at: c.launched_at,
    total_leads: c.total_leads,
    sent_count: c.sent_count,
    reply_count: c.reply_count,
    open_count: c.open_count,
    bounce_count: c.bounce_count,
    unsubscribe_count: c.unsubscribe_count
  }
}

// The C2 success body (documented guide example plus `current_step`).
export function campaignCreated(c: CampaignRecord) {
  return {
    success: true,
    message: documented.campaignCreated,
    campaign_id: c.campaign_id,
    name: c.name,
    status: c.status,
    current_step: c.current_step,
    created_at: c.created_at
  }
}

// The C3 detail body: fields in the order the docs describe them, rates as percentages 0–100; the lead
// batches are derived from the campaign's uploads (see lead-batches.ts), not stored on the record.
export function campaignDetail(c: CampaignRecord, leadBatches: readonly LeadBatchView[]) {
  return {
    success: true,
    message: invented.campaignRetrieved,
    campaign_id: c.campaign_id,
    name: c.name,
    status: c.status,
    current_step: c.current_step,
    daily_limit_per_inbox: c.daily_limit_per_inbox,
    start_date: c.start_date,
    timezone: c.timezone,
    sending_days: c.sending_days,
    sending_window_start: c.sending_window_start,
    sending_window_start_minute: c.sending_window_start_minute,
    sending_window_end: c.sending_window_end,
    sending_window_end_minute: c.sending_window_end_minute,
    enable_tracking: c.enable_tracking,
    lead_mapping: c.lead_mapping,
    sequences: c.sequences,
    inboxes: c.inboxes,
    created_by: c.created_by,
    team_id: c.team_id,
    created_at: c.created_at,
    updated_at: c.updated_at,
    launched_at: c.launched_at,
    enable_unsubscribe: c.enable_unsubscribe,
    ramp_up_enabled: c.ramp_up_enabled,
    ramp_up_increment: c.ramp_up_increment,
    ramp_up_max_limit: c.ramp_up_max_limit,
    reply_to_email: c.reply_to_email,
    variants: c.variants,
    lead_batches: leadBatches,
    total_leads: c.total_leads,
    sent_count: c.sent_count,
    reply_count: c.reply_count,
    open_count: c.open_count,
    bounce_count: c.bounce_count,
    unsubscribe_count: c.unsubscribe_count,
    completion_rate: percent(c.sent_count + c.bounce_count, c.total_leads),
    success_rate: percent(c.sent_count, c.total_leads),
    open_to_reply_rate: percent(c.reply_count, c.open_count)
  }
}

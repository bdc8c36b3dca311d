import type { LeadRecord } from '../leads/record'
import type { CampaignRecord, SandboxState } from '../../store/state'

/** The six campaign counters C1/C3 show, all derived from the campaign's leads. */
export type CampaignCounters = Pick<
  CampaignRecord,
  'total_leads' | 'sent_count' | 'reply_count' | 'open_count' | 'bounce_count' | 'unsubscribe_count'
>

/** Lead statuses that mean the email reached the lead (opens, replies and unsubscribes only count among these). */
export const DELIVERED_LEAD_STATUSES: readonly string[] = ['SENT', 'OPENED', 'REPLIED', 'UNSUBSCRIBED']

// Counters from a set of leads, so sent + bounced ≤ total and opens, replies, unsubscribes ≤ sent always hold.
export function countLeads(leads: readonly LeadRecord[]): CampaignCounters {
  const c: CampaignCounters = { total_leads: 0, sent_count: 0, reply_count: 0, open_count: 0, bounce_count: 0, unsubscribe_count: 0 }
  for (const lead of leads) {
    c.total_leads += 1
    if (lead.status === 'BOUNCED') c.bounce_count += 1
    if (!DELIVERED_LEAD_STATUSES.includes(lead.status)) continue
    c.sent_count += 1
    if (lead.email_opened || lead.status === 'OPENED') c.open_count += 1
    if (lead.email_replied || lead.status === 'REPLIED') c.reply_count += 1
    if (lead.unsubscribed || lead.status === 'UNSUBSCRIBED') c.unsubscribe_count += 1
  }
  return c
}

// Re-derives one campaign's stored counters from `state.leads`; call it after adding, changing or removing its leads.
export function recountCampaign(state: SandboxState, campaignId: string): void {
  const campaign = state.campaigns.find((c) => c.campaign_id === campaignId)
  if (campaign === undefined) return
  Object.assign(campaign, countLeads(state.leads.filter((l) => l.campaign_id === campaignId)))
}

// Re-derives every campaign's counters in one pass (e.g. after loading an older state file).
export function recountAll(state: SandboxState): void {
  const byCampaign = new Map<string, LeadRecord[]>()
  for (const lead of state.leads) {
    const list = byCampaign.get(lead.campaign_id)
    if (list) list.push(lead)
    else byCampaign.set(lead.campaign_id, [lead])
  }
  for (const campaign of state.campaigns) Object.assign(campaign, countLeads(byCampaign.get(campaign.campaign_id) ?? []))
}

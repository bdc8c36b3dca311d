import type { CampaignDetail } from '../../../../../shared/contract/campaigns'

/** What the flow needs to know about a campaign that sends from the inbox (a campaign detail fits). */
export type CampaignUsingInbox = Pick<CampaignDetail, 'campaign_id' | 'name' | 'status' | 'inboxes'>

/** What one step does: pause a campaign, take the inbox out of it, resume it, or delete the inbox. */
export type RemovalStepKind = 'pause' | 'remove' | 'resume' | 'delete'

/** One step of the plan, with a stable id (`<campaign id>:<kind>`, or `delete`) and the words shown for it. */
export interface RemovalStep {
  id: string
  kind: RemovalStepKind
  label: string
  /** The campaign the step acts on; absent for the final delete. */
  campaign?: { campaign_id: string; name: string }
}

/** Why a campaign cannot lose the inbox: it is its only inbox (the API wants at least one), or it is finished. */
export type BlockReason = 'only-inbox' | 'finished'

/** A campaign the flow cannot take the inbox out of, and why, in words. */
export interface BlockedCampaign {
  campaign: CampaignUsingInbox
  reason: BlockReason
  explanation: string
}

/**
 * A campaign the flow will change: whether it was sending (so paused first and resumed after), whether
 * an earlier attempt of this flow paused it (so it is resumed though it reads PAUSED), and the sentence that says so.
 */
export interface PlannedCampaign {
  campaign: CampaignUsingInbox
  wasActive: boolean
  pausedEarlier: boolean
  sentence: string
}

/** The whole plan: the campaigns it changes, those it cannot, and every step in order (the delete last). */
export interface RemovalPlan {
  planned: PlannedCampaign[]
  blocked: BlockedCampaign[]
  steps: RemovalStep[]
}

/** Statuses the API never lets change again (a campaign update is refused). */
export const FINISHED_STATUSES: readonly string[] = ['COMPLETED', 'FAILED']

/** The step id of one campaign step (the UI and the flow agree on it). */
export function stepId(campaignId: string, kind: Exclude<RemovalStepKind, 'delete'>): string {
  return `${campaignId}:${kind}`
}

/** The inbox ids a campaign keeps once this inbox is taken out. */
export function inboxesKept(campaign: CampaignUsingInbox, inboxId: string): string[] {
  return (campaign.inboxes ?? []).map((i) => i.inbox_id).filter((id) => id !== inboxId)
}

/** Whether the campaign still lists the inbox. */
export function usesInbox(campaign: CampaignUsingInbox, inboxId: string): boolean {
  return (campaign.inboxes ?? []).some((i) => i.inbox_id === inboxId)
}

// Why a campaign cannot lose the inbox, or null when it can.
function blockFor(campaign: CampaignUsingInbox, inboxId: string): BlockedCampaign | null {
  if (FINISHED_STATUSES.includes(campaign.status))
    return { campaign, reason: 'finished', explanation: `${campaign.name} is ${campaign.status.toLowerCase()}; ColdSend does not let a finished campaign change, so this inbox cannot be taken out of it.` }
  if (inboxesKept(campaign, inboxId).length === 0)
    return { campaign, reason: 'only-inbox', explanation: `${campaign.name} sends only from this inbox and a campaign needs at least one. Add another inbox to it first.` }
  return null
}

/**
 * Works out what taking the inbox out of these campaigns means: an ACTIVE campaign is paused, changed
 * and resumed; a DRAFT or PAUSED one is only changed (and stays as it is); a finished campaign, or one
 * this is the only inbox of, is blocked. The inbox delete is the last step.
 */
export function planRemoval(
  inbox: { inbox_id: string; email_address: string },
  campaigns: readonly CampaignUsingInbox[],
  /** Campaigns an earlier, stopped attempt paused and left PAUSED: they were sending, so they are resumed too. */
  pausedEarlier: readonly string[] = []
): RemovalPlan {
  const planned: PlannedCampaign[] = []
  const blocked: BlockedCampaign[] = []
  const steps: RemovalStep[] = []
  for (const campaign of campaigns) {
    const block = blockFor(campaign, inbox.inbox_id)
    if (block) {
      blocked.push(block)
      continue
    }
    const ref = { campaign_id: campaign.campaign_id, name: campaign.name }
    const earlier = campaign.status === 'PAUSED' && pausedEarlier.includes(ref.campaign_id)
    const wasActive = campaign.status === 'ACTIVE' || earlier
    if (wasActive && !earlier) steps.push({ id: stepId(ref.campaign_id, 'pause'), kind: 'pause', label: `Pause ${ref.name}`, campaign: ref })
    steps.push({ id: stepId(ref.campaign_id, 'remove'), kind: 'remove', label: `Remove this inbox from ${ref.name}`, campaign: ref })
    if (wasActive) steps.push({ id: stepId(ref.campaign_id, 'resume'), kind: 'resume', label: `Resume ${ref.name}`, campaign: ref })
    const sentence = earlier
      ? `Remove this inbox from ${ref.name}, then resume it (the earlier attempt paused it).`
      : wasActive
        ? `Pause ${ref.name}, remove this inbox, resume it.`
        : `Remove this inbox from ${ref.name} (it stays ${campaign.status.toLowerCase()}).`
    planned.push({ campaign, wasActive, pausedEarlier: earlier, sentence })
  }
  steps.push({ id: 'delete', kind: 'delete', label: `Delete ${inbox.email_address}` })
  return { planned, blocked, steps }
}

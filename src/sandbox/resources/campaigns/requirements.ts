import type { CampaignRecord, SandboxState } from '../../store/state'

/** What a campaign needs before `launch: true` succeeds, in the order C4 reports them. */
export const LAUNCH_REQUIREMENTS = ['leads', 'inboxes', 'variants'] as const
// One launch requirement, as named in `missing_requirements`.
export type LaunchRequirement = (typeof LAUNCH_REQUIREMENTS)[number]

// The requirements a campaign still lacks (empty = launch-ready): leads in the store, assigned inboxes, variants.
export function missingRequirements(state: SandboxState, campaign: CampaignRecord): LaunchRequirement[] {
  const missing: LaunchRequirement[] = []
  if (!state.leads.some((l) => l.campaign_id === campaign.campaign_id)) missing.push('leads')
  if (campaign.inboxes.length === 0) missing.push('inboxes')
  if (campaign.variants.length === 0) missing.push('variants')
  return missing
}

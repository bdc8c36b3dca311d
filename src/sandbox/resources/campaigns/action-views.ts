import type { CampaignRecord } from '../../store/state'
import { invented } from '../../wording'
import type { LaunchRequirement } from './requirements'

// The documented C4 200 body; `is_launch_ready` is true exactly when nothing is missing.
export function campaignUpdated(c: CampaignRecord, missing: readonly LaunchRequirement[], launched: boolean) {
  return {
    success: true,
    message: launched ? invented.campaignLaunched : invented.campaignUpdated,
    campaign_id: c.campaign_id,
    name: c.name,
    status: c.status,
    is_launch_ready: missing.length === 0,
    updated_at: c.updated_at,
    missing_requirements: [...missing]
  }
}

// The C5/C6 200 body (assumed in the API notes): `{success, message, campaign_id, status}`.
export function campaignStatusChanged(c: CampaignRecord, message: string) {
  return { success: true, message, campaign_id: c.campaign_id, status: c.status }
}

// The C7 200 body (assumed, mirroring the documented domain delete): `{success, message, campaign_id, deleted}`.
export function campaignDeleted(campaignId: string) {
  return { success: true, message: invented.campaignDeleted, campaign_id: campaignId, deleted: true }
}

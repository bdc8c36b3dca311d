import { type Reply, detail, validationFailed } from '../../http/route'
import type { CampaignRecord, SandboxState } from '../../store/state'
import { type Check, uuid } from '../../validation'
import { invented } from '../../wording'

const campaignUuid = uuid()

// The `{campaign_id}` path parameter as FastAPI validates it (422 `type_error.uuid` at ["path","campaign_id"]).
export function parseCampaignId(params: Readonly<Record<string, string>>): Check<string> {
  return campaignUuid(params['campaign_id'] ?? '', ['path', 'campaign_id'])
}

// The stored campaign with this canonical id, if any.
export function findCampaign(state: SandboxState, campaignId: string): CampaignRecord | undefined {
  return state.campaigns.find((c) => c.campaign_id === campaignId)
}

/** A campaign addressed by the path, or the 422/404 reply that refuses the request. */
export type CampaignLookup = { ok: true; record: CampaignRecord } | { ok: false; reply: Reply }

// Path id → campaign for routes under /campaigns/{campaign_id}: 422 when malformed, 404 `Campaign not found` when unknown.
export function lookupCampaign(state: SandboxState, params: Readonly<Record<string, string>>): CampaignLookup {
  const id = parseCampaignId(params)
  if (!id.ok) return { ok: false, reply: validationFailed(id.issues) }
  const record = findCampaign(state, id.value)
  return record ? { ok: true, record } : { ok: false, reply: detail(404, invented.campaignNotFound) }
}

import type { SandboxContext } from '../../context'
import { type Reply, detail, validationFailed } from '../../http/route'
import type { CampaignRecord } from '../../store/state'
import { type Issue, uuid } from '../../validation'
import { invented } from '../../wording'
import { findCampaign } from '../campaigns/lookup'
import { advanceLeadJobs } from './jobs'

/** Path IDs after validation, or every issue FastAPI would list (in declaration order). */
export type PathIds<N extends string> = { ok: true; ids: Record<N, string> } | { ok: false; issues: Issue[] }

const asUuid = uuid()

// Validates the path's UUID parameters together, so a request with two bad IDs hears about both.
export function pathIds<N extends string>(params: Readonly<Record<string, string>>, names: readonly N[]): PathIds<N> {
  const ids = {} as Record<N, string>
  const issues: Issue[] = []
  for (const name of names) {
    const checked = asUuid(params[name] ?? '', ['path', name])
    if (checked.ok) ids[name] = checked.value
    else issues.push(...checked.issues)
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ids }
}

// The campaign a lead route names, or the 404 every campaign route gives.
export function campaignOr404(ctx: SandboxContext, campaignId: string): { campaign: CampaignRecord } | { reply: Reply } {
  const campaign = findCampaign(ctx.store.state, campaignId)
  return campaign ? { campaign } : { reply: detail(404, invented.campaignNotFound) }
}

/** Campaign statuses that take no new leads (a finished campaign will never mail them). */
const CLOSED_STATUSES = new Set(['COMPLETED', 'FAILED'])

// Why leads cannot be added to this campaign now (400), or null: DRAFT, ACTIVE and PAUSED take leads.
export function addLeadsProblem(campaign: CampaignRecord): string | null {
  return CLOSED_STATUSES.has(campaign.status) ? invented.campaignClosedForLeads(campaign.status) : null
}

// The shared start of a lead route with only path ids: 422 for bad ids, 404 for an unknown campaign, then catch up its upload jobs.
export function leadRouteTarget<N extends string>(
  ctx: SandboxContext,
  params: Readonly<Record<string, string>>,
  names: readonly ('campaign_id' | N)[]
): { ids: Record<'campaign_id' | N, string>; campaign: CampaignRecord } | { reply: Reply } {
  const path = pathIds(params, names)
  if (!path.ok) return { reply: validationFailed(path.issues) }
  const found = campaignOr404(ctx, path.ids.campaign_id)
  if ('reply' in found) return found
  advanceLeadJobs(ctx, path.ids.campaign_id)
  return { ids: path.ids, campaign: found.campaign }
}

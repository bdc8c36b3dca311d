import { isoSeconds } from '../../clock'
import type { SandboxContext } from '../../context'
import { validateJsonRequest } from '../../http/json-body'
import { type RouteDef, detail, json } from '../../http/route'
import { invented } from '../../wording'
import { recountCampaign } from '../campaigns/counters'
import { advanceLeadJobs } from './jobs'
import { addLeadsProblem, campaignOr404, leadRouteTarget, pathIds } from './lookup'
import { newLeadRecord } from './record'
import { bulkDeleteModel, manualLeadModel } from './schema'
import { leadView } from './views'

// L3 manual add, L6 single delete and bulk delete (`DELETE /campaigns/{id}/leads` with `{"lead_ids": […]}`).
export function leadWriteRoutes(ctx: SandboxContext): RouteDef[] {
  const state = () => ctx.store.state
  // Removes a lead when it is still PENDING; the reason it stays otherwise.
  const removePending = (campaignId: string, leadId: string): 'deleted' | 'not-found' | 'not-pending' => {
    const index = state().leads.findIndex((l) => l.lead_id === leadId && l.campaign_id === campaignId)
    if (index === -1) return 'not-found'
    if (state().leads[index]?.status !== 'PENDING') return 'not-pending'
    state().leads.splice(index, 1)
    return 'deleted'
  }
  const saved = (campaignId: string) => {
    recountCampaign(state(), campaignId)
    ctx.store.changed()
  }
  return [
    {
      method: 'POST',
      path: '/campaigns/{campaign_id}/leads/manual',
      scopes: ['leads:create'],
      handle(req) {
        const input = validateJsonRequest(req.rawBody, req.headers['content-type'], pathIds(req.params, ['campaign_id']), manualLeadModel)
        if (!input.ok) return input.reply
        const campaignId = input.path.ids.campaign_id
        const found = campaignOr404(ctx, campaignId)
        if ('reply' in found) return found.reply
        const closed = addLeadsProblem(found.campaign)
        if (closed !== null) return detail(400, closed)
        advanceLeadJobs(ctx, campaignId)
        const email = input.value.email
        if (state().leads.some((l) => l.campaign_id === campaignId && l.email.toLowerCase() === email.toLowerCase())) {
          return detail(409, invented.leadDuplicate(email))
        }
        const fields = { ...input.value, custom_fields: input.value.custom_fields ?? {} }
        const lead = newLeadRecord(fields, campaignId, null, isoSeconds(ctx.now()))
        state().leads.push(lead)
        saved(campaignId)
        return json(201, leadView(lead))
      }
    },
    {
      method: 'DELETE',
      path: '/campaigns/{campaign_id}/leads',
      scopes: ['leads:delete'],
      handle(req) {
        const input = validateJsonRequest(req.rawBody, req.headers['content-type'], pathIds(req.params, ['campaign_id']), bulkDeleteModel)
        if (!input.ok) return input.reply
        const campaignId = input.path.ids.campaign_id
        const found = campaignOr404(ctx, campaignId)
        if ('reply' in found) return found.reply
        advanceLeadJobs(ctx, campaignId)
        const ids = [...new Set(input.value.lead_ids)]
        const results = ids.map((lead_id) => {
          const outcome = removePending(campaignId, lead_id)
          const error = outcome === 'not-found' ? invented.leadNotFound : outcome === 'not-pending' ? invented.leadDeleteOnlyPending : null
          return { lead_id, deleted: outcome === 'deleted', error }
        })
        const count = (error: string | null) => results.filter((r) => r.error === error).length
        if (count(null) > 0) saved(campaignId)
        return json(200, {
          success: true,
          message: invented.leadsBulkDeleted(count(null), ids.length),
          campaign_id: campaignId,
          requested_count: ids.length,
          deleted_count: count(null),
          skipped_count: count(invented.leadDeleteOnlyPending),
          not_found_count: count(invented.leadNotFound),
          results
        })
      }
    },
    {
      method: 'DELETE',
      path: '/campaigns/{campaign_id}/leads/{lead_id}',
      scopes: ['leads:delete'],
      handle(req) {
        const found = leadRouteTarget(ctx, req.params, ['campaign_id', 'lead_id'])
        if ('reply' in found) return found.reply
        const path = found // ids validated, campaign found, upload jobs caught up
        const outcome = removePending(path.ids.campaign_id, path.ids.lead_id)
        if (outcome === 'not-found') return detail(404, invented.leadNotFound)
        if (outcome === 'not-pending') return detail(400, invented.leadDeleteOnlyPending)
        saved(path.ids.campaign_id)
        return json(200, { success: true, message: invented.leadDeleted, lead_id: path.ids.lead_id, deleted: true })
      }
    }
  ]
}

import { isoSeconds } from '../../clock'
import type { SandboxContext } from '../../context'
import { type RouteDef, detail, json } from '../../http/route'
import { validateJsonRequest } from '../../http/json-body'
import { invented } from '../../wording'
import { campaignDeleted, campaignStatusChanged, campaignUpdated } from './action-views'
import { activateCampaign, deleteCampaign, pauseCampaign, type Transition } from './lifecycle'
import { findCampaign, lookupCampaign, parseCampaignId } from './lookup'
import { planUpdate } from './update'
import { campaignUpdateModel } from './update-schema'
import type { CampaignRecord } from '../../store/state'

// C4–C7: update/launch, pause, activate (and its /resume alias), delete.
export function campaignWriteRoutes(ctx: SandboxContext): RouteDef[] {
  const updateModel = campaignUpdateModel(ctx.limits.campaigns)
  const state = () => ctx.store.state
  const now = () => isoSeconds(ctx.now())

  // A POST /campaigns/{id}/<action> route that moves the campaign along the state machine.
  const statusRoute = (action: string, scope: string, move: (c: CampaignRecord, at: string) => Transition, message: string): RouteDef => ({
    method: 'POST',
    path: `/campaigns/{campaign_id}/${action}`,
    scopes: [scope],
    handle(req) {
      const found = lookupCampaign(state(), req.params)
      if (!found.ok) return found.reply
      const moved = move(found.record, now())
      if (!moved.ok) return detail(400, moved.problem)
      ctx.store.changed()
      return json(200, campaignStatusChanged(found.record, message))
    }
  })

  return [
    {
      method: 'PUT',
      path: '/campaigns/{campaign_id}',
      scopes: ['campaigns:update'],
      handle(req) {
        // Like FastAPI, an undecodable body is refused on its own; path and body issues (an empty body too) are reported together.
        const input = validateJsonRequest(req.rawBody, req.headers['content-type'], parseCampaignId(req.params), updateModel)
        if (!input.ok) return input.reply
        const record = findCampaign(state(), input.path.value)
        if (!record) return detail(404, invented.campaignNotFound)
        const plan = planUpdate(state(), record, input.value, now())
        if (!plan.ok) return detail(400, plan.problem)
        Object.assign(record, plan.next)
        ctx.store.changed()
        return json(200, campaignUpdated(record, plan.missing, plan.launched))
      }
    },
    statusRoute('pause', 'campaigns:pause', pauseCampaign, invented.campaignPaused),
    statusRoute('activate', 'campaigns:activate', activateCampaign, invented.campaignActivated),
    statusRoute('resume', 'campaigns:activate', activateCampaign, invented.campaignActivated),
    {
      method: 'DELETE',
      path: '/campaigns/{campaign_id}',
      scopes: ['campaigns:delete'],
      handle(req) {
        const found = lookupCampaign(state(), req.params)
        if (!found.ok) return found.reply
        const deleted = deleteCampaign(state(), found.record)
        if (!deleted.ok) return detail(400, deleted.problem)
        ctx.store.changed()
        return json(200, campaignDeleted(found.record.campaign_id))
      }
    }
  ]
}

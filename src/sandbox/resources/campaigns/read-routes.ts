import { isoSeconds, newId } from '../../clock'
import type { SandboxContext } from '../../context'
import { type RouteDef, detail, json, validationFailed } from '../../http/route'
import { decodeJsonBody } from '../../http/json-body'
import { invented } from '../../wording'
import { leadBatchesOf } from './lead-batches'
import { pageCampaigns } from './listing'
import { lookupCampaign } from './lookup'
import { newCampaignRecord } from './records'
import { campaignCreateModel, campaignListQueryModel, sendingWindowProblem } from './schema'
import { campaignCreated, campaignDetail, campaignSummary } from './views'

// Starlette keeps the last value when a query parameter repeats.
function lastValues(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries())
}

// C1–C3: list, create and read campaigns.
export function campaignReadCreateRoutes(ctx: SandboxContext): RouteDef[] {
  const createModel = campaignCreateModel(ctx.limits.campaigns)
  const campaigns = () => ctx.store.state.campaigns

  return [
    {
      method: 'GET',
      path: '/campaigns',
      scopes: ['campaigns:read'],
      handle(req) {
        const query = campaignListQueryModel(lastValues(req.query), ['query'])
        if (!query.ok) return validationFailed(query.issues)
        const page = pageCampaigns(campaigns(), query.value, ctx.now())
        if (!page.ok) return detail(400, page.problem)
        return json(200, {
          success: true,
          message: invented.campaignsListed,
          campaigns: page.rows.map(campaignSummary),
          pagination: page.pagination
        })
      }
    },
    {
      method: 'POST',
      path: '/campaigns',
      scopes: ['campaigns:create'],
      handle(req) {
        const body = decodeJsonBody(req.rawBody, req.headers['content-type'])
        if (!body.ok) return body.reply
        const input = createModel(body.value, ['body'])
        if (!input.ok) return validationFailed(input.issues)
        const windowProblem = sendingWindowProblem(input.value)
        if (windowProblem !== null) return detail(400, windowProblem)
        const record = newCampaignRecord(input.value, {
          campaign_id: newId(),
          team_id: ctx.store.state.team_id,
          created_by: ctx.store.state.user_id,
          created_at: isoSeconds(ctx.now())
        })
        campaigns().push(record)
        ctx.store.changed()
        return json(201, campaignCreated(record))
      }
    },
    {
      method: 'GET',
      path: '/campaigns/{campaign_id}',
      scopes: ['campaigns:read'],
      handle(req) {
        const found = lookupCampaign(ctx.store.state, req.params)
        return found.ok ? json(200, campaignDetail(found.record, leadBatchesOf(ctx.store.state, found.record.campaign_id))) : found.reply
      }
    }
  ]
}

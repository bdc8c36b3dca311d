import type { SandboxContext } from '../../context'
import { type RouteDef, detail, json, validationFailed } from '../../http/route'
import { invented } from '../../wording'
import { advanceLeadJobs } from './jobs'
import { pageLeads } from './listing'
import { campaignOr404, leadRouteTarget, pathIds } from './lookup'
import { LEAD_STATUSES } from './record'
import { leadListQueryModel } from './schema'
import { leadDetail, leadView, uploadProgress } from './views'

// Starlette keeps the last value when a query parameter repeats.
function lastValues(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries())
}

// L5 list, L7 stats, L2 upload progress and L4 lead detail. Stats comes before `{lead_id}` so it is not taken for an id.
export function leadReadRoutes(ctx: SandboxContext): RouteDef[] {
  const leadsOf = (campaignId: string) => ctx.store.state.leads.filter((l) => l.campaign_id === campaignId)
  return [
    {
      method: 'GET',
      path: '/campaigns/{campaign_id}/leads',
      scopes: ['leads:read'],
      handle(req) {
        const path = pathIds(req.params, ['campaign_id'])
        const query = leadListQueryModel(lastValues(req.query), ['query'])
        if (!path.ok || !query.ok) return validationFailed([...(path.ok ? [] : path.issues), ...(query.ok ? [] : query.issues)])
        const found = campaignOr404(ctx, path.ids.campaign_id)
        if ('reply' in found) return found.reply
        advanceLeadJobs(ctx, path.ids.campaign_id)
        const page = pageLeads(leadsOf(path.ids.campaign_id), query.value)
        if (!page.ok) return detail(400, page.problem)
        return json(200, { success: true, message: invented.leadsListed, leads: page.rows.map(leadView), pagination: page.pagination })
      }
    },
    {
      method: 'GET',
      path: '/campaigns/{campaign_id}/leads/stats',
      scopes: ['leads:read'],
      handle(req) {
        const found = leadRouteTarget(ctx, req.params, ['campaign_id'])
        if ('reply' in found) return found.reply
        const path = found // ids validated, campaign found, upload jobs caught up
        const leads = leadsOf(path.ids.campaign_id)
        const byStatus: Record<string, number> = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0]))
        for (const lead of leads) byStatus[lead.status] = (byStatus[lead.status] ?? 0) + 1
        return json(200, {
          success: true,
          message: invented.leadStatsRetrieved,
          campaign_id: path.ids.campaign_id,
          total: leads.length,
          by_status: byStatus
        })
      }
    },
    {
      method: 'GET',
      path: '/campaigns/{campaign_id}/leads/upload/{job_id}',
      scopes: ['leads:read'],
      handle(req) {
        const found = leadRouteTarget(ctx, req.params, ['campaign_id', 'job_id'])
        if ('reply' in found) return found.reply
        const path = found // ids validated, campaign found, upload jobs caught up
        const job = ctx.store.state.lead_upload_jobs.find((j) => j.job_id === path.ids.job_id && j.campaign_id === path.ids.campaign_id)
        return job ? json(200, uploadProgress(job)) : detail(404, invented.uploadJobNotFound)
      }
    },
    {
      method: 'GET',
      path: '/campaigns/{campaign_id}/leads/{lead_id}',
      scopes: ['leads:read'],
      handle(req) {
        const found = leadRouteTarget(ctx, req.params, ['campaign_id', 'lead_id'])
        if ('reply' in found) return found.reply
        const path = found // ids validated, campaign found, upload jobs caught up
        const lead = leadsOf(path.ids.campaign_id).find((l) => l.lead_id === path.ids.lead_id)
        return lead ? json(200, leadDetail(lead, found.campaign)) : detail(404, invented.leadNotFound)
      }
    }
  ]
}

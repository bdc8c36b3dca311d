import type { SandboxContext } from '../../context'
import { type RouteDef, detail, json, validationFailed } from '../../http/route'
import type { CampaignRecord } from '../../store/state'
import { documented, invented } from '../../wording'
import { catchingUpLeadJobs } from '../leads/jobs'
import { dateText, dayOf } from './calendar'
import { analyticsQueryModel, timelineQueryModel, timelineRange } from './schema'
import { campaignAnalytics, timelineRows, workspaceKpis } from './views'

// Starlette keeps the last value when a query parameter repeats.
function lastValues(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries())
}

// Newest first, then by id: the same order as C1's default, so the two lists line up.
function newestFirst(a: CampaignRecord, b: CampaignRecord): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1
  return a.campaign_id < b.campaign_id ? -1 : 1
}

// A1 and A2: workspace KPIs with per-campaign numbers, and a daily activity series (after catching up lead uploads).
export function analyticsRoutes(ctx: SandboxContext): RouteDef[] {
  return catchingUpLeadJobs(ctx, [
    {
      method: 'GET',
      path: '/analytics/campaigns',
      scopes: ['campaigns:read'],
      handle(req) {
        const q = analyticsQueryModel(lastValues(req.query), ['query'])
        if (!q.ok) return validationFailed(q.issues)
        const { from_date: from, to_date: to } = q.value
        if (from !== null && to !== null && from > to) return detail(400, invented.dateRangeReversed)
        const status = q.value.status === null || q.value.status === '' ? null : q.value.status.toUpperCase()
        const dated = from !== null || to !== null
        const rows = ctx.store.state.campaigns
          .filter((c) => status === null || c.status.toUpperCase() === status)
          .filter((c) => {
            if (!dated) return true
            if (c.launched_at === null) return false
            const launched = dayOf(c.launched_at)
            return (from === null || launched >= from) && (to === null || launched <= to)
          })
          .sort(newestFirst)
        return json(200, { workspace_kpis: workspaceKpis(rows), campaigns: rows.map(campaignAnalytics) })
      }
    },
    {
      method: 'GET',
      path: '/analytics/campaigns/timeline',
      scopes: ['campaigns:read'],
      handle(req) {
        const q = timelineQueryModel(lastValues(req.query), ['query'])
        if (!q.ok) return validationFailed(q.issues)
        const today = dayOf(ctx.now())
        const range = timelineRange(q.value.from_date, q.value.to_date, today)
        if (!range.ok) return detail(400, range.problem)
        return json(200, {
          from_date: dateText(range.from),
          to_date: dateText(range.to),
          timeline: timelineRows(ctx.store.state.campaigns, range.from, range.to, today),
          success: true,
          message: documented.timelineRetrieved
        })
      }
    }
  ])
}

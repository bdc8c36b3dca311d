import { type RouteDef, json } from '../../http/route'
import { invented } from '../../wording'
import { healthView, refreshHealth } from './health'
import { pageInboxes } from './listing'
import { parseInboxRequest, parseQuery } from './request'
import type { SenderRuntime } from './runtime'
import { healthQueryModel, senderListQueryModel } from './schema'
import { inboxDetail, inboxSummary } from './views'

const READ = ['sender_accounts:read'] as const

// S9 list, S10 detail, S13 health (with `?refresh=true` for new real checks).
export function readRoutes(rt: SenderRuntime): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/sender-accounts',
      scopes: READ,
      handle(req) {
        const query = parseQuery(req, senderListQueryModel)
        if (!query.ok) return query.reply
        const page = pageInboxes(rt.accounts(), query.value)
        return json(200, { success: true, message: invented.senderAccountsListed, sender_accounts: page.rows.map(inboxSummary), pagination: page.pagination })
      }
    },
    {
      method: 'GET',
      path: '/sender-accounts/{inbox_id}',
      scopes: READ,
      handle(req) {
        const parsed = parseInboxRequest(rt, req)
        return parsed.ok ? json(200, inboxDetail(parsed.value.inbox)) : parsed.reply
      }
    },
    {
      method: 'GET',
      path: '/sender-accounts/{inbox_id}/health',
      scopes: READ,
      async handle(req) {
        const parsed = parseInboxRequest(rt, req, { query: healthQueryModel })
        if (!parsed.ok) return parsed.reply
        const { inbox, query } = parsed.value
        if (query.refresh) await refreshHealth(rt, inbox)
        return json(200, healthView(inbox, rt.ctx.now()))
      }
    }
  ]
}

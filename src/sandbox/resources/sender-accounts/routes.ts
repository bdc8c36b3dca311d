import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'
import { BulkCreateRunner } from './bulk-create'
import { advanceBulkDeletes } from './bulk-delete'
import { actionRoutes } from './routes-actions'
import { createRoutes } from './routes-create'
import { readRoutes } from './routes-read'
import { createSenderRuntime } from './runtime'

// The sender-accounts endpoints (S0–S3, S6–S13); literal paths come before `{inbox_id}` ones.
export function senderAccountRoutes(ctx: SandboxContext): RouteDef[] {
  const rt = createSenderRuntime(ctx)
  const bulk = new BulkCreateRunner(rt)
  bulk.resumeAll()
  const routes = [...createRoutes(rt, bulk), ...actionRoutes(rt), ...readRoutes(rt)]
  // Bulk deletes advance by time; every sender-accounts request first catches them up (no timers).
  return routes.map((route) => ({
    ...route,
    handle(req) {
      advanceBulkDeletes(rt)
      return route.handle(req)
    }
  }))
}

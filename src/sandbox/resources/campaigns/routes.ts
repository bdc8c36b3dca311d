import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'
import { campaignReadCreateRoutes } from './read-routes'
import { campaignWriteRoutes } from './write-routes'

// C1–C7: every campaign endpoint, in the order the API notes list them.
export function campaignRoutes(ctx: SandboxContext): RouteDef[] {
  return [...campaignReadCreateRoutes(ctx), ...campaignWriteRoutes(ctx)]
}

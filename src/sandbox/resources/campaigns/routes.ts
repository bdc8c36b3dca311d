import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'
import { catchingUpLeadJobs } from '../leads/jobs'
import { campaignReadCreateRoutes } from './read-routes'
import { campaignWriteRoutes } from './write-routes'

// C1–C7: every campaign endpoint, in the order the API notes list them; each first catches up running lead uploads
// so counters, `lead_batches` and launch requirements include the leads imported so far.
export function campaignRoutes(ctx: SandboxContext): RouteDef[] {
  return catchingUpLeadJobs(ctx, [...campaignReadCreateRoutes(ctx), ...campaignWriteRoutes(ctx)])
}

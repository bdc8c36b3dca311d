import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'

// The analytics endpoints.
export function analyticsRoutes(_ctx: SandboxContext): RouteDef[] {
  return []
}

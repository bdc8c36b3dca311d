import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'

// The leads endpoints.
export function leadRoutes(_ctx: SandboxContext): RouteDef[] {
  return []
}

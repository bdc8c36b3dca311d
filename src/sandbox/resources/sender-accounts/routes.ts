import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'

// The sender-accounts endpoints.
export function senderAccountRoutes(_ctx: SandboxContext): RouteDef[] {
  return []
}

import type { SandboxContext } from './context'
import type { RouteDef } from './http/route'
import { campaignRoutes } from './resources/campaigns/routes'

/** The API base path every route lives under. */
export const BASE_PATH = '/api/public/v1'

// Every endpoint the sandbox serves; each resource adds its own list here.
export function allRoutes(ctx: SandboxContext): RouteDef[] {
  return [...campaignRoutes(ctx)]
}

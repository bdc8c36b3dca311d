import type { SandboxContext } from './context'
import type { RouteDef } from './http/route'
import { analyticsRoutes } from './resources/analytics/routes'
import { campaignRoutes } from './resources/campaigns/routes'
import { leadRoutes } from './resources/leads/routes'
import { senderAccountRoutes } from './resources/sender-accounts/routes'

/** The API base path every route lives under. */
export const BASE_PATH = '/api/public/v1'

// Every endpoint the sandbox serves; each resource adds its own list here.
export function allRoutes(ctx: SandboxContext): RouteDef[] {
  return [...campaignRoutes(ctx), ...leadRoutes(ctx), ...senderAccountRoutes(ctx), ...analyticsRoutes(ctx)]
}

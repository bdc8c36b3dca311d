import type { SandboxContext } from '../../context'
import type { RouteDef } from '../../http/route'
import { leadReadRoutes } from './routes-read'
import { leadUploadRoutes } from './routes-upload'
import { leadWriteRoutes } from './routes-write'

// The leads endpoints (L1–L7); within each list, literal segments (stats, upload, manual) precede `{lead_id}`.
export function leadRoutes(ctx: SandboxContext): RouteDef[] {
  return [...leadUploadRoutes(ctx), ...leadReadRoutes(ctx), ...leadWriteRoutes(ctx)]
}

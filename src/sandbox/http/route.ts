import type { IncomingHttpHeaders } from 'node:http'
import type { Issue } from '../validation'

/** Methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** What a handler answers; the pipeline adds request-id and rate-limit headers. */
export interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** An authenticated, rate-limited, scope-checked request as a handler sees it. */
export interface RouteRequest {
  method: HttpMethod
  path: string
  params: Readonly<Record<string, string>>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  rawBody: Buffer
  scopes: readonly string[]
}

/** One endpoint: method, path template under the base path (`/campaigns/{campaign_id}`), scopes, handler. */
export interface RouteDef {
  method: HttpMethod
  path: string
  scopes: readonly string[]
  /** Body size cap when this route needs a different one from the pipeline default (e.g. CSV uploads). */
  maxBodyBytes?: number
  handle(req: RouteRequest): Reply | Promise<Reply>
}

// A JSON reply.
export function json(status: number, body: unknown): Reply {
  return { status, body }
}

// FastAPI's 422 for request validation: `{"detail": [issues…]}`.
export function validationFailed(issues: Issue[]): Reply {
  return json(422, { detail: issues })
}

// A `{"detail": "…"}` error, the shape of every non-validation error.
export function detail(status: number, message: string): Reply {
  return json(status, { detail: message })
}

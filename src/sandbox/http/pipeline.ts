import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { newId } from '../clock'
import { framework, invented } from '../wording'
import { type Gate, admit } from './gate'
import { readBody, sendReply } from './io'
import { type HttpMethod, type Reply, detail } from './route'
import type { Router } from './router'

/** Everything the request pipeline needs. */
export interface PipelineDeps {
  basePath: string
  router: Router
  gate: Gate
  /** Body cap for routes that do not set their own. */
  maxBodyBytes: number
  log(line: string): void
}

const REQUEST_ID = /^[\x21-\x7e]{1,200}$/

// Echoes a client's X-Request-ID when it is a sane header value, else makes one up.
function requestIdFor(req: IncomingMessage): string {
  const sent = req.headers['x-request-id']
  return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : newId()
}

// FastAPI's redirect_slashes: `/campaigns/` answers 307 to `/campaigns` when that route exists.
function slashRedirect(deps: PipelineDeps, req: IncomingMessage, url: URL, path: string): Reply | null {
  if (!path.endsWith('/') || path === '/') return null
  if (deps.router.match(req.method ?? '', path.slice(0, -1)).kind === 'none') return null
  const location = `http://${req.headers.host ?? url.host}${url.pathname.slice(0, -1)}${url.search}`
  return { status: 307, body: undefined, headers: { Location: location } }
}

// Routing → gate → body → handler, producing the reply for one request. Bodies are read only
// for admitted requests, up to the route's own cap; unread bodies are discarded by node:http.
async function route(deps: PipelineDeps, req: IncomingMessage, out: Record<string, string>): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
  const inBase = url.pathname.startsWith(`${deps.basePath}/`)
  const path = inBase ? url.pathname.slice(deps.basePath.length) : ''
  const match = inBase ? deps.router.match(req.method ?? '', path) : { kind: 'none' as const }
  if (match.kind === 'none') return (inBase && slashRedirect(deps, req, url, path)) || detail(404, framework.notFound)
  if (match.kind === 'wrong-method') {
    return { status: 405, body: { detail: framework.methodNotAllowed }, headers: { Allow: match.allowed.join(', ') } }
  }
  const admitted = admit(deps.gate, req.headers, match.route.scopes, out)
  if (!admitted.ok) return admitted.reply
  const raw = await readBody(req, match.route.maxBodyBytes ?? deps.maxBodyBytes)
  if (raw === null) {
    out['Connection'] = 'close'
    return detail(413, invented.bodyTooLarge)
  }
  return match.route.handle({
    method: req.method as HttpMethod,
    path,
    params: match.params,
    query: url.searchParams,
    headers: req.headers,
    rawBody: raw,
    scopes: admitted.scopes
  })
}

// The node:http listener: every response carries X-Request-ID; unexpected errors become Starlette's plain 500.
export function createRequestListener(deps: PipelineDeps): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now()
    const requestId = requestIdFor(req)
    const headers: Record<string, string> = { 'X-Request-ID': requestId }
    route(deps, req, headers)
      .catch((err: unknown): Reply => {
        deps.log(`sandbox: ${req.method} ${req.url} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
        return { status: 500, body: framework.internalError }
      })
      .then((reply) => {
        sendReply(res, reply, headers)
        deps.log(`${req.method} ${(req.url ?? '').split('?')[0]} ${reply.status} ${Date.now() - started}ms ${requestId}`)
      })
      .catch(() => res.destroy())
  }
}

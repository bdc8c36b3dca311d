import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { newId } from '../clock'
import { StateNotSavedError } from '../store/store'
import { framework, invented } from '../wording'
import type { Exchange, Interceptor } from './exchange'
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
  /** Runs a handler; when it changed the state, resolves only once that change is on disk (SandboxStore.commit). */
  commit<T>(handle: () => T | Promise<T>): Promise<T>
  /** Consulted in order before the pipeline; the first that returns true owns the request. */
  interceptors?: readonly Interceptor[]
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
async function route(deps: PipelineDeps, req: IncomingMessage, url: URL, path: string | null, out: Record<string, string>, early?: Buffer | null): Promise<Reply> {
  const match = path !== null ? deps.router.match(req.method ?? '', path) : { kind: 'none' as const }
  if (match.kind === 'none') return (path !== null && slashRedirect(deps, req, url, path)) || detail(404, framework.notFound)
  if (match.kind === 'wrong-method') {
    return { status: 405, body: { detail: framework.methodNotAllowed }, headers: { Allow: match.allowed.join(', ') } }
  }
  const admitted = admit(deps.gate, req.headers, match.route.scopes, out)
  if (!admitted.ok) return admitted.reply
  const cap = match.route.maxBodyBytes ?? deps.maxBodyBytes
  const raw = early === undefined ? await readBody(req, cap) : early !== null && early.length <= cap ? early : null
  if (raw === null) {
    out['Connection'] = 'close'
    return detail(413, invented.bodyTooLarge)
  }
  const request = {
    method: req.method as HttpMethod,
    path: path ?? '',
    params: match.params,
    query: url.searchParams,
    headers: req.headers,
    rawBody: raw,
    scopes: admitted.scopes
  }
  // Nothing that changed the state is acknowledged before the change is on disk.
  return deps.commit(() => match.route.handle(request))
}

// The reply for a request that failed: 503 when its change could not be saved, else Starlette's plain 500.
function failureReply(deps: PipelineDeps, method: string, rawUrl: string | undefined, err: unknown): Reply {
  if (err instanceof StateNotSavedError) {
    deps.log(`sandbox: ${method} ${rawUrl} answered 503: ${err.message}`)
    return detail(503, invented.stateNotSaved)
  }
  deps.log(`sandbox: ${method} ${rawUrl} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  return { status: 500, body: framework.internalError }
}

// Builds the exchange for one request: ids, parsed URL, and the run/send/note operations.
function exchangeFor(deps: PipelineDeps, req: IncomingMessage, res: ServerResponse): Exchange {
  const started = Date.now()
  const requestId = requestIdFor(req)
  const headers: Record<string, string> = { 'X-Request-ID': requestId }
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
  const inBase = url.pathname.startsWith(`${deps.basePath}/`)
  const apiPath = inBase ? url.pathname.slice(deps.basePath.length) : null
  const method = req.method ?? ''
  const note = (outcome: string) => deps.log(`${method} ${url.pathname} ${outcome} ${Date.now() - started}ms ${requestId}`)
  return {
    req, res, requestId, headers, method, url, apiPath, note,
    run: (early) => route(deps, req, url, apiPath, headers, early).catch((err: unknown) => failureReply(deps, method, req.url, err)),
    send(reply) {
      sendReply(res, reply, headers)
      note(String(reply.status))
    }
  }
}

// The node:http listener: interceptors first, then the pipeline; every response carries X-Request-ID.
export function createRequestListener(deps: PipelineDeps): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const exchange = exchangeFor(deps, req, res)
    try {
      for (const intercept of deps.interceptors ?? []) if (intercept(exchange)) return
    } catch (err) {
      deps.log(`sandbox: interceptor failed on ${exchange.method} ${exchange.url.pathname}: ${String(err)}`)
      exchange.send({ status: 500, body: framework.internalError })
      return
    }
    exchange
      .run()
      .then((reply) => exchange.send(reply))
      .catch(() => res.destroy())
  }
}

import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { TOKEN_HEADER, TOKEN_SUBPROTOCOL_PREFIX } from '../../shared/bridge-protocol'

/** The facts a request is checked against: the bound port and this launch's token. */
export interface GuardConfig {
  port: number
  token: string
}

/** Compares two secrets in constant time (length aside). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Hosts the console answers to: only the loopback names with the bound port (DNS-rebinding safe). */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** Origins the console's own page has: exactly the allowed hosts over http. */
export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`)
}

/** Why the Host header is refused, or null. Every request is checked (DNS rebinding). */
export function hostProblem(req: IncomingMessage, cfg: GuardConfig): string | null {
  return allowedHosts(cfg.port).includes(req.headers.host ?? '') ? null : 'unexpected Host header'
}

/** Why the Origin header is refused, or null; `required` for the bridge and every non-static endpoint. */
export function originProblem(req: IncomingMessage, cfg: GuardConfig, required: boolean): string | null {
  const origin = req.headers.origin
  if (origin === undefined) return required ? 'missing Origin' : null
  return allowedOrigins(cfg.port).includes(origin) ? null : 'unexpected Origin'
}

/** The token a WebSocket offers as the `coldsend.token.<token>` subprotocol, or null. */
export function tokenFromSubprotocols(header: string | string[] | undefined): string | null {
  const values = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((p) => p.trim())
  const offered = values.find((p) => p.startsWith(TOKEN_SUBPROTOCOL_PREFIX))
  return offered ? offered.slice(TOKEN_SUBPROTOCOL_PREFIX.length) : null
}

/**
 * The bridge's upgrade check: loopback Host, the page's exact Origin (required: a WebSocket is not
 * bound by the same-origin policy), and this launch's token offered as a subprotocol.
 */
export function checkBridgeUpgrade(req: IncomingMessage, cfg: GuardConfig): string | null {
  const problem = hostProblem(req, cfg) ?? originProblem(req, cfg, true)
  if (problem) return problem
  const token = tokenFromSubprotocols(req.headers['sec-websocket-protocol'])
  return token !== null && sameSecret(token, cfg.token) ? null : 'missing or wrong access token'
}

/** The session probe's check: like the bridge, with the token in a header instead of a subprotocol. */
export function checkSessionProbe(req: IncomingMessage, cfg: GuardConfig): { refused: string; status: number } | null {
  const problem = hostProblem(req, cfg) ?? originProblem(req, cfg, true)
  if (problem) return { refused: problem, status: 403 }
  const token = req.headers[TOKEN_HEADER]
  return typeof token === 'string' && sameSecret(token, cfg.token) ? null : { refused: 'missing or wrong access token', status: 401 }
}

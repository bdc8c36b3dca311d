import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { tokenCookieName } from '../../shared/bridge-protocol'

/** The facts a request is checked against: the bound port and this launch's token. */
export interface GuardConfig {
  port: number
  token: string
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return null
}

/** Hosts the console answers to: only the loopback names with the bound port (DNS-rebinding safe). */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** Why a request is refused, or null when it may proceed; `viaQuery` says the token came in the URL. */
export function checkRequest(req: IncomingMessage, cfg: GuardConfig): { refused: string } | { refused: null; viaQuery: boolean } {
  const host = req.headers.host ?? ''
  if (!allowedHosts(cfg.port).includes(host)) return { refused: 'unexpected Host header' }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts(cfg.port).some((h) => origin === `http://${h}`)) return { refused: 'unexpected Origin' }
  const url = new URL(req.url ?? '/', `http://${host}`)
  const queryToken = url.searchParams.get('token')
  if (queryToken !== null && sameSecret(queryToken, cfg.token)) return { refused: null, viaQuery: true }
  const cookie = cookieValue(req.headers.cookie, tokenCookieName(cfg.port))
  if (cookie !== null && sameSecret(cookie, cfg.token)) return { refused: null, viaQuery: false }
  return { refused: 'missing or wrong access token' }
}

/** The cookie that lets the page's assets and WebSocket authenticate after the first tokened load. */
export function tokenCookie(cfg: GuardConfig): string {
  return `${tokenCookieName(cfg.port)}=${cfg.token}; HttpOnly; SameSite=Strict; Path=/`
}

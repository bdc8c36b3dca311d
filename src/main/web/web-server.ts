import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BRIDGE_PATH, SESSION_PATH } from '../../shared/bridge-protocol'
import type { Core } from '../core/core-api'
import { checkBridgeUpgrade, checkSessionProbe, hostProblem, originProblem, type GuardConfig } from './request-guard'
import { loadStatic, resolveStatic, SECURITY_HEADERS } from './static-files'
import { createWsBridge, type WsBridgeOptions } from './ws-bridge'

/** A running browser-mode server. */
export interface WebServer {
  /** The URL to open, with this launch's token. */
  url: string
  port: number
  close(): Promise<void>
}

/** What the browser-mode server serves, and with which limits. */
export interface WebServerOptions {
  core: Core
  rendererDir: string
  port: number
  log: (line: string) => void
  bridge?: WsBridgeOptions
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}

const pathOf = (req: IncomingMessage) => {
  try {
    return new URL(req.url ?? '/', 'http://x').pathname
  } catch {
    return '/'
  }
}

// The static renderer is public (it holds no secret); Host is still checked, and a foreign Origin refused.
async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed')
  const path = resolveStatic(rendererDir, pathOf(req))
  const file = path ? await loadStatic(path) : null
  if (!file) return refuse(res, 404, 'Not found')
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}

/**
 * Serves the built renderer and the WebSocket bridge on 127.0.0.1 only. The renderer files are
 * public; the bridge needs the per-launch token (offered by the page as a WebSocket subprotocol,
 * never a cookie, so no other local port can borrow it), the exact loopback Origin and Host.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url')
  const guard: GuardConfig = { port: 0, token }
  const bridge = createWsBridge(opts.core, { log: opts.log, ...opts.bridge })

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.on('error', () => undefined)
    const path = pathOf(req)
    const problem = hostProblem(req, guard) ?? originProblem(req, guard, path === SESSION_PATH)
    if (problem) {
      opts.log(`refused ${req.method} ${path}: ${problem}`)
      return refuse(res, 403, 'Forbidden.')
    }
    if (path === SESSION_PATH) {
      if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed')
      const verdict = checkSessionProbe(req, guard)
      if (verdict) return refuse(res, verdict.status, 'Open the console with the address it printed at start (it carries the access token).')
      res.writeHead(204, SECURITY_HEADERS)
      return res.end()
    }
    serveStatic(req, res, opts.rendererDir).catch(() => refuse(res, 500, 'Internal error'))
  })
  // A malformed request or a reset before the upgrade ends that connection only.
  server.on('clientError', (_error, socket) => socket.destroy())

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy())
    const path = pathOf(req)
    const problem = path === BRIDGE_PATH ? checkBridgeUpgrade(req, guard) : 'unknown path'
    if (problem !== null) {
      opts.log(`refused WebSocket ${path}: ${problem}`)
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    bridge.upgrade(req, socket, head)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, '127.0.0.1', () => resolve())
  })
  server.on('error', (error) => opts.log(`browser-mode server error: ${error.message}`))
  guard.port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${guard.port}/?token=${token}`,
    port: guard.port,
    async close() {
      await bridge.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

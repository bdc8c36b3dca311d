import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BRIDGE_PATH } from '../../shared/bridge-protocol'
import type { Core } from '../core/core-api'
import { checkRequest, tokenCookie, type GuardConfig } from './request-guard'
import { loadStatic, resolveStatic, SECURITY_HEADERS } from './static-files'
import { createWsBridge } from './ws-bridge'

/** A running browser-mode server. */
export interface WebServer {
  /** The URL to open, with this launch's token. */
  url: string
  port: number
  close(): Promise<void>
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}

/**
 * Serves the built renderer and the WebSocket bridge on 127.0.0.1 only. Every request and socket
 * must carry the per-launch token (in the URL once, then an HttpOnly cookie) and loopback Host/Origin.
 */
export async function startWebServer(opts: { core: Core; rendererDir: string; port: number; log: (line: string) => void }): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url')
  const guard: GuardConfig = { port: 0, token }
  const bridge = createWsBridge(opts.core)

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const verdict = checkRequest(req, guard)
    if (verdict.refused !== null) {
      opts.log(`refused ${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}: ${verdict.refused}`)
      return refuse(res, 403, 'Forbidden. Open the console with the URL it printed at start (it carries the access token).')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed')
    const path = resolveStatic(opts.rendererDir, new URL(req.url ?? '/', 'http://x').pathname)
    const file = path ? await loadStatic(path) : null
    if (!file) return refuse(res, 404, 'Not found')
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, ...(verdict.viaQuery ? { 'Set-Cookie': tokenCookie(guard) } : {}) })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  })

  server.on('upgrade', (req, socket, head) => {
    const verdict = checkRequest(req, guard)
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    if (verdict.refused !== null || pathname !== BRIDGE_PATH) {
      opts.log(`refused WebSocket ${pathname}: ${verdict.refused ?? 'unknown path'}`)
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    bridge.upgrade(req, socket, head)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, '127.0.0.1', () => resolve())
  })
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

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A route's answer: a body (served as text/xml), or a custom handler for slow/oversized/malformed cases. */
export type ConfigRoute = string | ((req: IncomingMessage, res: ServerResponse) => void)

/** A local HTTP server standing in for autoconfig hosts and the ISPDB. */
export interface ConfigHttpServer {
  baseUrl: string
  /** Request paths (with query) in arrival order. */
  requests: string[]
  close(): Promise<void>
}

/** Serves `routes` (keyed by path without query) on 127.0.0.1; anything else is 404. */
export async function startConfigHttpServer(routes: Record<string, ConfigRoute>): Promise<ConfigHttpServer> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const route = routes[(req.url ?? '').split('?')[0] ?? '']
    if (route === undefined) {
      res.writeHead(404).end('not found')
    } else if (typeof route === 'string') {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(route)
    } else {
      route(req, res)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A hostile ColdSend look-alike on 127.0.0.1 that echoes the API key it receives back at the console
 * in every place a server can put text: error `detail` (with and without the `cs_live_` prefix),
 * 422 items, response headers (`X-Request-ID` and others), an HTML error page and success bodies.
 */
export interface EchoServer {
  baseUrl: string
  /** Every request it got, in order: method and path. */
  requests: string[]
  close(): Promise<void>
}

const stamp = '2026-12-01T10:00:00Z'

function campaign(id: string, name: string) {
  return { campaign_id: id, name, status: 'DRAFT', created_at: stamp, launched_at: null, total_leads: 0, sent_count: 0, reply_count: 0,
    open_count: 0, bounce_count: 0, unsubscribe_count: 0 }
}

function reply(res: ServerResponse, key: string, status: number, body: unknown, type = 'application/json'): void {
  const bare = key.replace(/^cs_(live|test)_/, '')
  res.writeHead(status, { 'content-type': type, 'x-request-id': key, 'x-echo-key': bare, 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60) })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

// One answer per operation the console's screens reach, each carrying the key somewhere.
function answer(req: IncomingMessage, res: ServerResponse, key: string): void {
  const bare = key.replace(/^cs_(live|test)_/, '')
  const url = new URL(req.url ?? '/', 'http://x')
  const path = url.pathname.replace(/^\/api\/public\/v1/, '')
  if (req.method === 'GET' && path === '/campaigns' && url.searchParams.get('limit') === '1') {
    // "Test connection": a 400 whose detail names the key without its prefix (the probe that leaked).
    return reply(res, key, 400, { detail: `Invalid key ${bare}` })
  }
  if (req.method === 'GET' && path === '/campaigns' && url.searchParams.get('page') === '2') {
    return reply(res, key, 502, `<html><body><h1>Bad gateway</h1><p>upstream refused key ${key} (${bare})</p></body></html>`, 'text/html')
  }
  if (req.method === 'GET' && path === '/campaigns') {
    const campaigns = [campaign('c1', `Echo ${bare}`), campaign('c2', `Echo ${key}`), campaign('c3', 'Plain campaign name')]
    return reply(res, key, 200, { campaigns, pagination: { page: 1, limit: 25, total: 40, pages: 2, has_next: true, has_prev: false } })
  }
  if (req.method === 'POST' && path === '/campaigns') {
    return reply(res, key, 422, { detail: [{ loc: ['body', 'name'], msg: `name refused for key ${bare}`, type: `value_error.${bare}`, ctx: { key } }] })
  }
  return reply(res, key, 401, { detail: `Invalid or revoked API key: ${key}` })
}

/** Starts the echoing server; every request is answered with the key it carried. */
export async function startEchoServer(): Promise<EchoServer> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    req.resume()
    req.on('end', () => answer(req, res, String(req.headers['x-api-key'] ?? '')))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/public/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

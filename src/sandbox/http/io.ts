import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from './route'

// Reads the whole request body, or returns null as soon as it exceeds `maxBytes`.
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > maxBytes) {
        done = true
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks))
      done = true
    })
    req.on('error', (err) => {
      if (!done) reject(err)
      done = true
    })
  })
}

// Writes a reply: JSON for objects, text/plain for strings (Starlette's 500), nothing for undefined.
export function sendReply(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return
  const all: Record<string, string> = { ...headers, ...reply.headers }
  let payload: Buffer | undefined
  if (typeof reply.body === 'string') {
    payload = Buffer.from(reply.body, 'utf8')
    all['Content-Type'] = 'text/plain; charset=utf-8'
  } else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body), 'utf8')
    all['Content-Type'] = 'application/json'
  }
  all['Content-Length'] = String(payload?.length ?? 0)
  res.writeHead(reply.status, all)
  res.end(payload)
}

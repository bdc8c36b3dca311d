import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from './route'

// Reads the whole request body, or returns null as soon as it exceeds `maxBytes`; rejects when the
// client went away first (node:http discards a destroyed request's unread bytes, so they never arrive).
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  if (req.destroyed && !req.readableEnded) return Promise.reject(new Error('request aborted by the client'))
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
    req.on('close', () => {
      if (!done) reject(new Error('request aborted by the client'))
      done = true
    })
  })
}

// Writes a reply: JSON for objects, text/plain for strings (Starlette's 500), nothing for undefined.
// A Content-Type in the reply's own headers wins (e.g. an HTML error page from a proxy).
export function sendReply(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return
  let payload: Buffer | undefined
  let contentType: string | undefined
  if (typeof reply.body === 'string') {
    payload = Buffer.from(reply.body, 'utf8')
    contentType = 'text/plain; charset=utf-8'
  } else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body), 'utf8')
    contentType = 'application/json'
  }
  const all: Record<string, string> = { ...headers, ...(contentType ? { 'Content-Type': contentType } : {}), ...reply.headers }
  all['Content-Length'] = String(payload?.length ?? 0)
  res.writeHead(reply.status, all)
  res.end(payload)
}

import type { IncomingHttpHeaders } from 'node:http'
import busboy from 'busboy'

/** Largest CSV file one upload may carry (documented "50 MB", read as 50 MiB). */
export const MAX_CSV_BYTES = 50 * 1024 * 1024

/** One form part as FastAPI sees it: an uploaded file or a plain text field. */
export type FormPart = { kind: 'file'; data: Buffer; filename: string | undefined } | { kind: 'field'; value: string }

/** A read form (last part wins per name, like Starlette's FormData.get), a file over the cap, or a broken body. */
export type UploadForm = { kind: 'parsed'; parts: Map<string, FormPart> } | { kind: 'too-large' } | { kind: 'unreadable' }

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded'])

// Reads a form body with busboy, streaming each file into memory up to MAX_CSV_BYTES. Like Starlette,
// a body of any other content type reads as an empty form (so every required part is then "missing").
export function readUploadForm(body: Buffer, headers: IncomingHttpHeaders): Promise<UploadForm> {
  const mime = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!FORM_TYPES.has(mime)) return Promise.resolve({ kind: 'parsed', parts: new Map() })
  return new Promise((resolve) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers, limits: { fileSize: MAX_CSV_BYTES } })
    } catch {
      resolve({ kind: 'unreadable' })
      return
    }
    const parts = new Map<string, FormPart>()
    let tooLarge = false
    let openFiles = 0
    let closed = false
    const settle = () => {
      if (closed && openFiles === 0) resolve(tooLarge ? { kind: 'too-large' } : { kind: 'parsed', parts })
    }
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      openFiles++
      stream.on('data', (chunk: Buffer) => {
        if (!tooLarge) chunks.push(chunk)
      })
      stream.on('limit', () => {
        tooLarge = true
        chunks.length = 0
      })
      stream.on('end', () => {
        parts.set(name, { kind: 'file', data: Buffer.concat(chunks), filename: info.filename })
        openFiles--
        settle()
      })
    })
    parser.on('field', (name, value) => parts.set(name, { kind: 'field', value }))
    parser.on('error', () => resolve({ kind: 'unreadable' }))
    parser.on('close', () => {
      closed = true
      settle()
    })
    parser.end(body)
  })
}

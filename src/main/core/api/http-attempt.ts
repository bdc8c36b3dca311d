import { randomUUID } from 'node:crypto'
import type { KyInstance } from 'ky'
import { responseRequestId } from '../errors/request-id'
import type { TextRedactor } from '../errors/server-text'
import type { RequestParts } from './request-parts'

/** How one HTTP attempt ended: a response (any status, body read), or none (refused, reset, timed out, cut mid-body). */
export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: Headers; body: unknown; requestId: string }
  | {
      kind: 'no_response'
      error: unknown
      timedOut: boolean
      requestId: string
      /** Set when headers arrived (with rate-limit facts) but a 2xx body was lost: the server did answer. */
      status?: number
      headers?: Headers
    }

/** One attempt's request: the method, the parts built from the contract input, the key and a time limit. */
export interface AttemptRequest {
  method: string
  parts: RequestParts
  key: string
  timeoutMs: number
  /** Known secrets: a response `X-Request-ID` carrying one is not used. */
  redact?: TextRedactor
}

/** Most body text kept from a non-JSON answer (an HTML error page). */
const TEXT_KEEP = 4000

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text.slice(0, TEXT_KEEP)
  }
}

/**
 * Sends one attempt and reads its body under one time limit (headers and body, so a stalled body
 * cannot hang a call). Never throws for HTTP or network failures: the retry loop decides.
 * A multipart `form` is sent as the body without a Content-Type of ours (fetch writes the boundary).
 */
export async function sendAttempt(http: KyInstance, req: AttemptRequest): Promise<AttemptOutcome> {
  const sentRequestId = randomUUID()
  const abort = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    abort.abort()
  }, Math.max(1, req.timeoutMs))
  const { parts } = req
  const form = parts.form instanceof FormData ? parts.form : undefined
  try {
    let response: Response
    try {
      response = await http(parts.path.replace(/^\//, ''), {
        method: req.method,
        headers: { 'X-API-Key': req.key, 'X-Request-ID': sentRequestId, Accept: 'application/json' },
        searchParams: parts.searchParams,
        signal: abort.signal,
        ...(form !== undefined ? { body: form } : parts.json !== undefined ? { json: parts.json } : {})
      })
    } catch (error) {
      return { kind: 'no_response', error, timedOut, requestId: sentRequestId }
    }
    // The server's X-Request-ID only when usable and carrying no secret (a proxy may echo any header back).
    const requestId = responseRequestId(response.headers, sentRequestId, req.redact)
    try {
      return { kind: 'response', status: response.status, headers: response.headers, body: await readBody(response), requestId }
    } catch (error) {
      // The status line arrived but the body did not: for a 2xx the outcome of a write is unknown.
      if (response.ok) return { kind: 'no_response', error, timedOut, requestId, status: response.status, headers: response.headers }
      return { kind: 'response', status: response.status, headers: response.headers, body: null, requestId }
    }
  } finally {
    clearTimeout(timer)
  }
}

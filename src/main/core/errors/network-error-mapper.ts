import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ECONNABORTED'
])

/** Finds the Node/undici error code under fetch's `TypeError: fetch failed` (cause chains). */
export function networkErrorCode(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    const message = (current as { message?: unknown }).message
    const electronCode = typeof message === 'string' ? /net::(ERR_[A-Z_]+)/.exec(message)?.[1] : undefined
    if (electronCode) return electronCode
    current = (current as { cause?: unknown }).cause
  }
  return null
}

/** True for errors that mean "no HTTP response arrived" (refused, reset, DNS, socket, Electron net::ERR_*). */
export function isNetworkError(error: unknown): boolean {
  const code = networkErrorCode(error)
  if (code !== null && (NETWORK_CODES.has(code) || code.startsWith('ERR_'))) return true
  return error instanceof TypeError && /fetch failed|network/i.test(error.message)
}

/**
 * Maps a request that got no response to an AppError. For POST the outcome is unknown: the server
 * may have applied it, so the console must look before sending again.
 */
export function mapNoResponse(opts: {
  operation: string
  method: string
  error: unknown
  timedOut: boolean
  requestId: string
  attempts: number
  /** host:port the request went to, named in the message so the operator can spot a wrong Base URL. */
  host?: string
}): AppError {
  const mayHaveApplied = opts.method !== 'GET' && !(networkErrorCode(opts.error) === 'ECONNREFUSED' || networkErrorCode(opts.error) === 'ENOTFOUND')
  const common = { operation: opts.operation, requestId: opts.requestId, attempts: opts.attempts }
  if (opts.method === 'POST' && mayHaveApplied) {
    return makeAppError({ ...common, kind: 'unknown_outcome', mayHaveApplied: true, guidance: 'check-before-resending',
      message: 'The request was sent but no answer came back; ColdSend may have applied it.' })
  }
  if (opts.timedOut) {
    return makeAppError({ ...common, kind: 'timeout', mayHaveApplied, retryable: true, guidance: 'retry-later',
      message: 'ColdSend did not answer in time.' })
  }
  const code = networkErrorCode(opts.error)
  const unreachable = code === 'ENOTFOUND' || code === 'EAI_AGAIN'
  const where = opts.host ? ` at ${opts.host}` : ''
  const causeMessage = (opts.error as { cause?: { message?: unknown } } | null)?.cause?.message
  const reason = code ?? (causeMessage === 'bad port' ? 'this port is blocked by the HTTP client as unsafe' : null)
  return makeAppError({ ...common, kind: 'network', mayHaveApplied, retryable: true,
    guidance: unreachable ? 'check-base-url' : 'check-network',
    message: unreachable ? `The host name${where} could not be resolved.` : `Could not reach ColdSend${where}${reason ? ` (${reason})` : ''}.` })
}

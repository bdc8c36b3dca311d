import type { AppError, GuidanceId } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'
import { isRetryableNetworkError, networkCodeFacts, networkErrorCode, type NetworkCause } from './network-error-codes'
import { isIdempotent, isSafeMethod } from './http-methods'
import { withNothingCreated } from './nothing-created'
import { isLoopbackHostname } from '../profiles/base-url'

// Re-exported so callers that map no-response failures find the recognisers in the same place.
export { isNetworkError, isRetryableNetworkError, networkErrorCode } from './network-error-codes'

/** Everything known about a request that got no HTTP response. */
export interface NoResponse {
  operation: string
  method: string
  error: unknown
  /** The client's own per-attempt timeout fired. */
  timedOut: boolean
  /** The X-Request-ID we sent. */
  requestId: string
  attempts: number
  /** host:port the request went to, named in the message so the operator can spot a wrong Base URL. */
  host?: string
  now?: number
}


const GUIDANCE: Record<NetworkCause, GuidanceId> = {
  dns: 'check-base-url',
  refused: 'check-network',
  unreachable: 'check-network',
  offline: 'check-network',
  tls: 'check-certificate',
  reset: 'check-network',
  timeout: 'retry-later',
  cancelled: 'check-network',
  other: 'check-network'
}

// Causes that, on this computer's own address, mean "no server listens there" rather than a network problem.
const LOCAL_SERVER_DOWN = new Set<NetworkCause>(['refused', 'unreachable'])

// True when `host` (host[:port], as in a URL) is this computer: 127.0.0.0/8, ::1 or localhost.
function isLoopback(host: string | undefined): boolean {
  if (!host) return false
  try {
    return isLoopbackHostname(new URL(`http://${host}`).hostname)
  } catch {
    return false
  }
}

function reasonText(error: unknown, code: string | null): string | null {
  if (code !== null && /^[A-Z0-9_]{2,60}$/.test(code)) return code
  const causeMessage = (error as { cause?: { message?: unknown } } | null)?.cause?.message
  return causeMessage === 'bad port' ? 'this port is blocked by the HTTP client as unsafe' : null
}

/**
 * Maps a request that got no response to an AppError. A request that cannot have left (refused,
 * DNS, TLS) applied nothing; a GET never applies anything; PUT/DELETE may have applied but are
 * idempotent; a POST/PATCH that may have reached the server is `unknown_outcome`, never retried
 * blindly — the console looks before sending again.
 */
export function mapNoResponse(opts: NoResponse): AppError {
  const method = opts.method.toUpperCase()
  const code = networkErrorCode(opts.error)
  const facts = networkCodeFacts(opts.error)
  const neverSent = facts?.neverSent === true || (opts.error as { cause?: { message?: unknown } } | null)?.cause?.message === 'bad port'
  // Safe methods change nothing; PUT/DELETE may have applied but are idempotent.
  const mayHaveApplied = !isSafeMethod(method) && !neverSent
  const timedOut = opts.timedOut || facts?.cause === 'timeout' || (opts.error instanceof Error && opts.error.name === 'TimeoutError')
  const common = { operation: opts.operation, requestId: opts.requestId, attempts: opts.attempts }
  const where = opts.host ? ` at ${opts.host}` : ''
  const reason = reasonText(opts.error, code)
  const because = reason ? ` (${reason})` : ''

  if (mayHaveApplied && !isIdempotent(method)) {
    return makeAppError({ ...common, kind: 'unknown_outcome', mayHaveApplied: true, retryable: false, guidance: 'check-before-resending',
      message: `The request was sent${where} but no answer came back${because}; ColdSend may have applied it.` }, opts.now)
  }
  // Safe to send again: nothing applied (or idempotent), and the condition is transient.
  const retryable = timedOut || isRetryableNetworkError(opts.error)
  // A create that cannot have applied says so: a retry cannot make a duplicate.
  const settled = (message: string) => (mayHaveApplied || isSafeMethod(method) ? message : withNothingCreated(message, opts.operation))
  if (timedOut) {
    return makeAppError({ ...common, kind: 'timeout', mayHaveApplied, retryable, guidance: 'retry-later',
      message: settled(`ColdSend${where} did not answer in time${because}.`) }, opts.now)
  }
  const cause = facts?.cause ?? 'other'
  // Nothing listening on this computer: the local server (embedded or `npm run sandbox`) is not running; no VPN or proxy is involved.
  if (LOCAL_SERVER_DOWN.has(cause) && isLoopback(opts.host)) {
    return makeAppError({ ...common, kind: 'network', mayHaveApplied, retryable, guidance: 'start-local-server',
      message: settled(`Nothing answers${where}${because}: the local server is probably not running.`) }, opts.now)
  }
  // A name that does not exist is a Base URL problem; a lookup that failed for now is a network one.
  const dnsNow = cause === 'dns' && facts?.transient === true
  const message = cause === 'dns'
    ? dnsNow ? `The DNS lookup for the host${where} failed for now${because}.` : `The host name${where} could not be resolved.`
    : cause === 'tls'
      ? `The secure connection to ColdSend${where} failed${because}: the certificate or TLS setup is not accepted.`
      : cause === 'offline'
        ? `This computer appears to be offline or its network changed${because}.`
        : `Could not reach ColdSend${where}${because}.`
  return makeAppError({ ...common, kind: 'network', mayHaveApplied, retryable, guidance: dnsNow ? 'check-network' : GUIDANCE[cause], message: settled(message) }, opts.now)
}

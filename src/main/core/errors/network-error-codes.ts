/** Why a request got no response, as far as the error code tells. */
export type NetworkCause = 'dns' | 'refused' | 'unreachable' | 'offline' | 'tls' | 'reset' | 'timeout' | 'cancelled' | 'other'

/** What one known error code means: cause, whether the request can have left, whether to retry. */
export interface NetworkCodeFacts {
  cause: NetworkCause
  /** True when the request cannot have reached the server (nothing could have been applied). */
  neverSent: boolean
  /** True when the condition is usually transient, so an automatic retry may succeed. */
  transient: boolean
}

const fact = (cause: NetworkCause, neverSent: boolean, transient: boolean): NetworkCodeFacts => ({ cause, neverSent, transient })

/**
 * Node (libuv/getaddrinfo), undici, TLS and Electron/Chromium `net::ERR_*` codes the console
 * recognises. A name that does not resolve, a bad certificate or a cancellation are not transient.
 */
export const NETWORK_CODES: Readonly<Record<string, NetworkCodeFacts>> = {
  // Node system errors
  ECONNREFUSED: fact('refused', true, true),
  ENOTFOUND: fact('dns', true, false),
  EAI_AGAIN: fact('dns', true, true),
  EAI_FAIL: fact('dns', true, true),
  EHOSTUNREACH: fact('unreachable', true, true),
  EHOSTDOWN: fact('unreachable', true, true),
  ENETUNREACH: fact('offline', true, true),
  ENETDOWN: fact('offline', true, true),
  ECONNRESET: fact('reset', false, true),
  ECONNABORTED: fact('reset', false, true),
  ENETRESET: fact('reset', false, true),
  EPIPE: fact('reset', false, true),
  ETIMEDOUT: fact('timeout', false, true),
  // undici (Node's fetch)
  UND_ERR_CONNECT_TIMEOUT: fact('timeout', true, true),
  UND_ERR_HEADERS_TIMEOUT: fact('timeout', false, true),
  UND_ERR_BODY_TIMEOUT: fact('timeout', false, true),
  UND_ERR_SOCKET: fact('reset', false, true),
  UND_ERR_CLOSED: fact('reset', false, true),
  UND_ERR_ABORTED: fact('cancelled', false, false),
  // TLS (Node)
  EPROTO: fact('tls', true, false),
  CERT_HAS_EXPIRED: fact('tls', true, false),
  DEPTH_ZERO_SELF_SIGNED_CERT: fact('tls', true, false),
  SELF_SIGNED_CERT_IN_CHAIN: fact('tls', true, false),
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: fact('tls', true, false),
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: fact('tls', true, false),
  ERR_TLS_CERT_ALTNAME_INVALID: fact('tls', true, false),
  ERR_SSL_WRONG_VERSION_NUMBER: fact('tls', true, false),
  // Electron net.fetch (Chromium net::ERR_*)
  ERR_CONNECTION_REFUSED: fact('refused', true, true),
  ERR_CONNECTION_FAILED: fact('refused', true, true),
  ERR_NAME_NOT_RESOLVED: fact('dns', true, false),
  ERR_NAME_RESOLUTION_FAILED: fact('dns', true, true),
  ERR_ADDRESS_UNREACHABLE: fact('unreachable', true, true),
  ERR_INTERNET_DISCONNECTED: fact('offline', true, true),
  ERR_PROXY_CONNECTION_FAILED: fact('unreachable', true, true),
  ERR_TUNNEL_CONNECTION_FAILED: fact('unreachable', true, true),
  ERR_CONNECTION_TIMED_OUT: fact('timeout', true, true),
  ERR_TIMED_OUT: fact('timeout', false, true),
  ERR_CONNECTION_RESET: fact('reset', false, true),
  ERR_CONNECTION_CLOSED: fact('reset', false, true),
  ERR_CONNECTION_ABORTED: fact('reset', false, true),
  ERR_EMPTY_RESPONSE: fact('reset', false, true),
  ERR_NETWORK_CHANGED: fact('offline', false, true),
  ERR_NETWORK_IO_SUSPENDED: fact('offline', false, true),
  ERR_SOCKET_NOT_CONNECTED: fact('reset', false, true),
  ERR_HTTP2_PROTOCOL_ERROR: fact('reset', false, true),
  ERR_HTTP2_PING_FAILED: fact('reset', false, true),
  ERR_QUIC_PROTOCOL_ERROR: fact('reset', false, true),
  ERR_SSL_PROTOCOL_ERROR: fact('tls', true, false),
  ERR_CERT_AUTHORITY_INVALID: fact('tls', true, false),
  ERR_CERT_COMMON_NAME_INVALID: fact('tls', true, false),
  ERR_CERT_DATE_INVALID: fact('tls', true, false),
  ERR_CERT_INVALID: fact('tls', true, false),
  ERR_ABORTED: fact('cancelled', false, false),
  ERR_FAILED: fact('other', false, false)
}

const ELECTRON_CODE = /net::(ERR_[A-Z0-9_]+)/
const MAX_DEPTH = 6

// Each error in the chain: the error, its causes, and the members of an AggregateError (happy eyeballs).
function* chain(error: unknown, depth = 0): Generator<object> {
  if (depth > MAX_DEPTH || error === null || typeof error !== 'object') return
  yield error
  const errors = (error as { errors?: unknown }).errors
  if (Array.isArray(errors)) for (const inner of errors.slice(0, 4)) yield* chain(inner, depth + 1)
  yield* chain((error as { cause?: unknown }).cause, depth + 1)
}

function codeOf(link: object): string | null {
  const code = (link as { code?: unknown }).code
  if (typeof code === 'string' && code !== '') return code
  const message = (link as { message?: unknown }).message
  return typeof message === 'string' ? (ELECTRON_CODE.exec(message)?.[1] ?? null) : null
}

/**
 * The error code behind a failed fetch: a recognised one anywhere under fetch's `TypeError: fetch
 * failed` (cause chains, AggregateError) or in an Electron `net::ERR_*` message; else the first code seen.
 */
export function networkErrorCode(error: unknown): string | null {
  let first: string | null = null
  for (const link of chain(error)) {
    const code = codeOf(link)
    if (code !== null && code in NETWORK_CODES) return code
    first ??= code
  }
  return first
}

/** The facts for the error's code, when the console recognises it. */
export function networkCodeFacts(error: unknown): NetworkCodeFacts | null {
  const code = networkErrorCode(error)
  return code !== null ? (NETWORK_CODES[code] ?? null) : null
}

function isTimeoutError(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError'
}

/** True for errors that mean "no HTTP response arrived" (refused, reset, DNS, socket, TLS, Electron net::ERR_*). */
export function isNetworkError(error: unknown): boolean {
  if (networkCodeFacts(error) !== null || isTimeoutError(error)) return true
  if (!(error instanceof Error)) return false
  return ELECTRON_CODE.test(error.message) || (error instanceof TypeError && /fetch failed|network/i.test(error.message))
}

/**
 * True when an automatic retry may help: a recognised transient network code (reset, refused,
 * temporary DNS, timeouts, Electron's equivalents) or a timeout. Pure; says nothing about the
 * method — whether resending is safe is the caller's (and `mapNoResponse`'s) business.
 */
export function isRetryableNetworkError(error: unknown): boolean {
  if (isTimeoutError(error)) return true
  return networkCodeFacts(error)?.transient ?? false
}

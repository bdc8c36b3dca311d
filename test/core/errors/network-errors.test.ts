import { describe, expect, it } from 'vitest'
import { AppErrorSchema, type AppError } from '../../../src/shared/contract/app-error'
import { isNetworkError, isRetryableNetworkError, mapNoResponse, networkErrorCode } from '../../../src/main/core/errors/network-error-mapper'

// What Node's fetch (undici) throws: `TypeError: fetch failed` with the system or undici error as cause.
const fetchFailed = (code: string, message = `connect ${code}`) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) })
// What Electron's net.fetch throws: a plain Error whose message carries Chromium's net error.
const electron = (name: string) => new Error(`net::${name}`)
const kyTimeout = () => Object.assign(new Error('Request timed out: GET http://127.0.0.1:4010/campaigns'), { name: 'TimeoutError' })

const base = { operation: 'campaigns.create', requestId: 'sent-1', attempts: 2, timedOut: false, host: '127.0.0.1:4010', now: Date.UTC(2026, 0, 1) }
const map = (method: string, error: unknown, extra: Partial<typeof base> = {}): AppError => {
  const e = mapNoResponse({ ...base, ...extra, method, error })
  expect(AppErrorSchema.safeParse(e).success).toBe(true)
  return e
}

describe('recognising network errors', () => {
  it('finds Node/undici codes under fetch’s cause chain, in AggregateErrors and Electron messages', () => {
    expect(networkErrorCode(fetchFailed('ECONNRESET'))).toBe('ECONNRESET')
    expect(networkErrorCode(fetchFailed('UND_ERR_SOCKET', 'other side closed'))).toBe('UND_ERR_SOCKET')
    const aggregate = Object.assign(new TypeError('fetch failed'), { cause: new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:4010'), { code: 'ECONNREFUSED' })]) })
    expect(networkErrorCode(aggregate)).toBe('ECONNREFUSED')
    expect(networkErrorCode(electron('ERR_CONNECTION_REFUSED'))).toBe('ERR_CONNECTION_REFUSED')
    expect(networkErrorCode(new Error('nothing here'))).toBeNull()
  })

  it.each([
    'ECONNRESET', 'ECONNREFUSED', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH',
    'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'
  ])('Node/undici %s is a retryable network error', (code) => {
    expect(isNetworkError(fetchFailed(code))).toBe(true)
    expect(isRetryableNetworkError(fetchFailed(code))).toBe(true)
  })

  it.each([
    'ERR_CONNECTION_RESET', 'ERR_CONNECTION_REFUSED', 'ERR_CONNECTION_CLOSED', 'ERR_CONNECTION_ABORTED', 'ERR_CONNECTION_TIMED_OUT',
    'ERR_INTERNET_DISCONNECTED', 'ERR_TIMED_OUT', 'ERR_NETWORK_CHANGED', 'ERR_EMPTY_RESPONSE', 'ERR_ADDRESS_UNREACHABLE', 'ERR_NAME_RESOLUTION_FAILED'
  ])('Electron net::%s is a retryable network error', (name) => {
    expect(isNetworkError(electron(name))).toBe(true)
    expect(isRetryableNetworkError(electron(name))).toBe(true)
  })

  it('a name that does not exist, a bad certificate or a cancellation is recognised but not retried', () => {
    for (const error of [fetchFailed('ENOTFOUND'), electron('ERR_NAME_NOT_RESOLVED'), fetchFailed('CERT_HAS_EXPIRED'), electron('ERR_CERT_AUTHORITY_INVALID'), electron('ERR_ABORTED')]) {
      expect(isNetworkError(error)).toBe(true)
      expect(isRetryableNetworkError(error)).toBe(false)
    }
  })

  it('timeouts are retryable; unrelated errors and Node’s own ERR_ codes are not network errors', () => {
    expect(isRetryableNetworkError(kyTimeout())).toBe(true)
    expect(isNetworkError(Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }))).toBe(false)
    expect(isRetryableNetworkError(Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }))).toBe(false)
    expect(isNetworkError(new Error('something else'))).toBe(false)
    expect(isRetryableNetworkError(null)).toBe(false)
    expect(isRetryableNetworkError('ECONNRESET')).toBe(false)
  })
})

describe('mapping a request with no response', () => {
  it('a POST that may have reached the server is unknown_outcome, never retried blindly', () => {
    for (const error of [fetchFailed('ECONNRESET'), electron('ERR_CONNECTION_RESET'), electron('ERR_EMPTY_RESPONSE'), fetchFailed('UND_ERR_SOCKET')]) {
      expect(map('POST', error)).toMatchObject({ kind: 'unknown_outcome', mayHaveApplied: true, retryable: false, guidance: 'check-before-resending' })
    }
    expect(map('POST', kyTimeout(), { timedOut: true })).toMatchObject({ kind: 'unknown_outcome' })
    expect(map('PATCH', fetchFailed('ECONNRESET'))).toMatchObject({ kind: 'unknown_outcome' })
  })

  it('a request that cannot have left applied nothing, even a POST, and names the host', () => {
    for (const error of [fetchFailed('ECONNREFUSED'), electron('ERR_CONNECTION_REFUSED'), electron('ERR_INTERNET_DISCONNECTED'), fetchFailed('UND_ERR_CONNECT_TIMEOUT')]) {
      expect(map('POST', error)).toMatchObject({ mayHaveApplied: false, retryable: true })
    }
    const e = map('POST', fetchFailed('ECONNREFUSED'), { host: 'api.coldsend.pro' })
    expect(e).toMatchObject({ kind: 'network', guidance: 'check-network' })
    // A create that certainly did not apply says so.
    expect(e.message).toBe('Could not reach ColdSend at api.coldsend.pro (ECONNREFUSED). Nothing was created; it is safe to try again.')
    expect(map('PUT', fetchFailed('ECONNREFUSED'), { host: 'api.coldsend.pro', operation: 'campaigns.update' }).message).toBe('Could not reach ColdSend at api.coldsend.pro (ECONNREFUSED).')
    expect(map('POST', fetchFailed('UND_ERR_CONNECT_TIMEOUT'), { host: 'api.coldsend.pro' })).toMatchObject({ kind: 'timeout', mayHaveApplied: false,
      message: expect.stringContaining('Nothing was created; it is safe to try again.') })
  })

  it('nothing listening on this computer means the local server is not running, not a network problem', () => {
    for (const host of ['127.0.0.1:4010', '[::1]:4010', 'localhost:4010', '127.0.0.2']) {
      for (const error of [fetchFailed('ECONNREFUSED'), electron('ERR_CONNECTION_REFUSED'), fetchFailed('EHOSTUNREACH')]) {
        const e = map('GET', error, { host })
        expect(e, host).toMatchObject({ kind: 'network', guidance: 'start-local-server', retryable: true })
        expect(e.message).toContain('the local server is probably not running')
        expect(e.message).not.toMatch(/network|VPN|proxy/i)
      }
    }
    expect(map('GET', fetchFailed('ECONNREFUSED'), { host: '127.0.0.1:4010' }).message).toBe('Nothing answers at 127.0.0.1:4010 (ECONNREFUSED): the local server is probably not running.')
    expect(map('GET', fetchFailed('ECONNREFUSED'), { host: 'api.coldsend.pro' }).guidance).toBe('check-network')
    expect(map('GET', fetchFailed('ECONNREFUSED'), { host: '10.0.0.127' }).guidance).toBe('check-network')
  })

  it('GET never applied anything and is retryable on transient errors', () => {
    expect(map('GET', fetchFailed('ECONNRESET'))).toMatchObject({ kind: 'network', mayHaveApplied: false, retryable: true })
    expect(map('GET', kyTimeout(), { timedOut: true })).toMatchObject({ kind: 'timeout', mayHaveApplied: false, retryable: true, guidance: 'retry-later' })
    expect(map('GET', electron('ERR_TIMED_OUT'))).toMatchObject({ kind: 'timeout', mayHaveApplied: false })
  })

  it('PUT and DELETE may have applied but are idempotent, so they stay retryable', () => {
    expect(map('PUT', fetchFailed('ECONNRESET'))).toMatchObject({ kind: 'network', mayHaveApplied: true, retryable: true })
    expect(map('DELETE', fetchFailed('UND_ERR_HEADERS_TIMEOUT'))).toMatchObject({ kind: 'timeout', mayHaveApplied: true, retryable: true })
  })

  it('DNS: a missing name points at the Base URL; a failed lookup at the network', () => {
    const missing = map('GET', fetchFailed('ENOTFOUND'))
    expect(missing).toMatchObject({ kind: 'network', guidance: 'check-base-url', retryable: false })
    expect(missing.message).toBe('The host name at 127.0.0.1:4010 could not be resolved.')
    expect(map('GET', electron('ERR_NAME_NOT_RESOLVED'))).toMatchObject({ guidance: 'check-base-url', retryable: false })
    expect(map('GET', fetchFailed('EAI_AGAIN'))).toMatchObject({ guidance: 'check-network', retryable: true })
  })

  it('TLS failures ask for the certificate to be checked', () => {
    expect(map('POST', fetchFailed('DEPTH_ZERO_SELF_SIGNED_CERT'))).toMatchObject({ kind: 'network', mayHaveApplied: false, retryable: false, guidance: 'check-certificate' })
  })

  it('explains fetch’s refusal of unsafe ports', () => {
    const badPort = Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') })
    const e = map('POST', badPort)
    expect(e).toMatchObject({ kind: 'network', mayHaveApplied: false })
    expect(e.message).toContain('blocked by the HTTP client as unsafe')
  })

  it('an unrecognised error on GET is a network error that is not retried', () => {
    expect(map('GET', new Error('weird'))).toMatchObject({ kind: 'network', retryable: false, mayHaveApplied: false })
  })

  it('carries operation, our request id, attempts and a timestamp, and no status', () => {
    const e = map('GET', fetchFailed('ECONNRESET'))
    expect(e).toMatchObject({ operation: 'campaigns.create', requestId: 'sent-1', attempts: 2, timestamp: '2026-01-01T00:00:00.000Z' })
    expect(e).not.toHaveProperty('status')
  })
})

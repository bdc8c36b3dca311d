import { describe, expect, it } from 'vitest'
import { isNetworkError, mapNoResponse, networkErrorCode } from '../../src/main/core/errors/network-error-mapper'

const fetchFailed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`connect ${code}`), { code }) })
const base = { operation: 'campaigns.create', requestId: 'r1', attempts: 1, timedOut: false, host: '127.0.0.1:4010' }

describe('network error mapping', () => {
  it('finds codes under fetch’s cause chain and in Electron net::ERR_* messages', () => {
    expect(networkErrorCode(fetchFailed('ECONNRESET'))).toBe('ECONNRESET')
    expect(networkErrorCode(new Error('net::ERR_CONNECTION_REFUSED'))).toBe('ERR_CONNECTION_REFUSED')
    expect(isNetworkError(new Error('net::ERR_INTERNET_DISCONNECTED'))).toBe(true)
    expect(isNetworkError(new Error('something else'))).toBe(false)
  })
  it('treats a POST that may have reached the server as an unknown outcome', () => {
    expect(mapNoResponse({ ...base, method: 'POST', error: fetchFailed('ECONNRESET') })).toMatchObject({ kind: 'unknown_outcome', mayHaveApplied: true, guidance: 'check-before-resending' })
  })
  it('knows a refused connection was never applied, and names the host', () => {
    const e = mapNoResponse({ ...base, method: 'POST', error: fetchFailed('ECONNREFUSED') })
    expect(e).toMatchObject({ kind: 'network', mayHaveApplied: false, retryable: true })
    expect(e.message).toContain('127.0.0.1:4010')
    expect(e.message).toContain('ECONNREFUSED')
  })
  it('maps timeouts and DNS failures to their own guidance', () => {
    expect(mapNoResponse({ ...base, method: 'GET', error: new Error('t'), timedOut: true })).toMatchObject({ kind: 'timeout', mayHaveApplied: false })
    expect(mapNoResponse({ ...base, method: 'GET', error: fetchFailed('ENOTFOUND') })).toMatchObject({ kind: 'network', guidance: 'check-base-url' })
  })
})

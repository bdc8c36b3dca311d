import { describe, expect, it } from 'vitest'
import { type AttemptFailure, isIdempotent, shouldRetry } from '../../../src/main/core/api/retry/retry-decision'

const socketError = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) })
const resetError = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })
const electronError = () => new Error('net::ERR_CONNECTION_RESET')

const outcomes: Record<string, AttemptFailure> = {
  '400': { kind: 'status', status: 400 },
  '401': { kind: 'status', status: 401 },
  '404': { kind: 'status', status: 404 },
  '408': { kind: 'status', status: 408 },
  '409': { kind: 'status', status: 409 },
  '422': { kind: 'status', status: 422 },
  '429': { kind: 'status', status: 429 },
  '500': { kind: 'status', status: 500 },
  '502': { kind: 'status', status: 502 },
  '503': { kind: 'status', status: 503 },
  '504': { kind: 'status', status: 504 },
  timeout: { kind: 'no_response', error: new DOMException('aborted', 'AbortError'), timedOut: true },
  reset: { kind: 'no_response', error: resetError(), timedOut: false },
  socket: { kind: 'no_response', error: socketError(), timedOut: false },
  electron: { kind: 'no_response', error: electronError(), timedOut: false },
  bug: { kind: 'no_response', error: new RangeError('something else'), timedOut: false }
}

const RETRIED = ['408', '429', '500', '502', '503', '504', 'timeout', 'reset', 'socket', 'electron']

describe('retry decision table (method × outcome)', () => {
  for (const method of ['GET', 'PUT', 'DELETE']) {
    it(`${method}: retries exactly 408, 429, 5xx, timeouts and recognised network errors`, () => {
      const retried = Object.entries(outcomes).filter(([, o]) => shouldRetry(method, o)).map(([name]) => name)
      expect(retried).toEqual(RETRIED)
    })
  }

  for (const method of ['POST', 'PATCH']) {
    it(`${method}: never retries, whatever happened`, () => {
      expect(Object.values(outcomes).some((o) => shouldRetry(method, o))).toBe(false)
    })
  }

  it('knows the idempotent methods', () => {
    expect(['GET', 'head', 'OPTIONS', 'PUT', 'DELETE'].map(isIdempotent)).toEqual([true, true, true, true, true])
    expect(['POST', 'PATCH'].map(isIdempotent)).toEqual([false, false])
  })
})

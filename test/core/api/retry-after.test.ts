import { describe, expect, it } from 'vitest'
import { parseRetryAfter, serverRetryAt } from '../../../src/main/core/api/retry/retry-after'

const NOW = Date.parse('2024-01-15T10:30:00Z')

describe('Retry-After parsing', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', NOW)).toBe(NOW)
    expect(parseRetryAfter('60', NOW)).toBe(NOW + 60_000)
    expect(parseRetryAfter(' 7 ', NOW)).toBe(NOW + 7000)
  })

  it('reads HTTP-dates in all three RFC 9110 formats', () => {
    const at = Date.parse('2024-01-15T10:31:30Z')
    expect(parseRetryAfter('Mon, 15 Jan 2024 10:31:30 GMT', NOW)).toBe(at)
    expect(parseRetryAfter('Monday, 15-Jan-24 10:31:30 GMT', NOW)).toBe(at)
    expect(parseRetryAfter('Mon Jan 15 10:31:30 2024', NOW)).toBe(at) // asctime: no zone written, GMT meant
  })

  it('keeps a date in the past as is (the caller waits 0)', () => {
    expect(parseRetryAfter('Mon, 15 Jan 2024 10:00:00 GMT', NOW)).toBe(Date.parse('2024-01-15T10:00:00Z'))
  })

  it('refuses malformed values so the caller falls back', () => {
    for (const bad of [null, '', '-5', '1.5', 'soon', '60s', 'Mon, 99 Foo 2024 10:00:00 GMT']) {
      expect(parseRetryAfter(bad, NOW), String(bad)).toBeNull()
    }
  })
})

describe('when the server says to come back', () => {
  const h = (init: Record<string, string>) => new Headers(init)
  it('prefers Retry-After, on any status', () => {
    expect(serverRetryAt(429, h({ 'Retry-After': '5', 'X-RateLimit-Reset': String(NOW / 1000 + 60) }), NOW, 1000)).toBe(NOW + 5000)
    expect(serverRetryAt(503, h({ 'Retry-After': '2' }), NOW, 1000)).toBe(NOW + 2000)
  })

  it('falls back to X-RateLimit-Reset (+ slack, never early) on a 429 only', () => {
    expect(serverRetryAt(429, h({ 'X-RateLimit-Reset': String(NOW / 1000 + 30) }), NOW, 1000)).toBe(NOW + 31_000)
    expect(serverRetryAt(503, h({ 'X-RateLimit-Reset': String(NOW / 1000 + 30) }), NOW, 1000)).toBeNull()
  })

  it('returns null when no time was given (backoff decides)', () => {
    expect(serverRetryAt(429, h({}), NOW, 1000)).toBeNull()
    expect(serverRetryAt(429, h({ 'Retry-After': 'later' }), NOW, 1000)).toBeNull()
  })
})

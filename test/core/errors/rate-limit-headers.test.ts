import { describe, expect, it } from 'vitest'
import { readRateLimitHeaders, retryAtFromHeaders } from '../../../src/main/core/errors/rate-limit-headers'

const NOW = Date.UTC(2024, 0, 1, 0, 0, 0)
const h = (init: Record<string, string>) => new Headers(init)

describe('rate-limit headers', () => {
  it('reads the documented X-RateLimit-* example values', () => {
    expect(readRateLimitHeaders(h({ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '95', 'X-RateLimit-Reset': '1704067200' }), NOW))
      .toEqual({ limit: 100, remaining: 95, resetAt: 1704067200 * 1000 })
  })
  it('reads a small reset as seconds from now, and ignores malformed values', () => {
    expect(readRateLimitHeaders(h({ 'X-RateLimit-Reset': '30' }), NOW).resetAt).toBe(NOW + 30_000)
    expect(readRateLimitHeaders(h({ 'X-RateLimit-Limit': 'lots', 'X-RateLimit-Remaining': '-1', 'X-RateLimit-Reset': '' }), NOW))
      .toEqual({ limit: null, remaining: null, resetAt: null })
  })
  it('Retry-After seconds, then HTTP date, then X-RateLimit-Reset, else null', () => {
    expect(retryAtFromHeaders(h({ 'Retry-After': '60' }), NOW)).toBe(NOW + 60_000)
    expect(retryAtFromHeaders(h({ 'Retry-After': 'Mon, 01 Jan 2024 00:00:20 GMT' }), NOW)).toBe(NOW + 20_000)
    expect(retryAtFromHeaders(h({ 'X-RateLimit-Reset': String(NOW / 1000 + 45) }), NOW)).toBe(NOW + 45_000)
    expect(retryAtFromHeaders(h({}), NOW)).toBeNull()
  })
  it('never returns a time in the past, nor one more than a day away', () => {
    expect(retryAtFromHeaders(h({ 'Retry-After': 'Sun, 31 Dec 2023 23:00:00 GMT' }), NOW)).toBe(NOW)
    expect(retryAtFromHeaders(h({ 'X-RateLimit-Reset': String(NOW / 1000 - 10) }), NOW)).toBe(NOW)
    expect(retryAtFromHeaders(h({ 'Retry-After': String(3 * 24 * 3600) }), NOW)).toBeNull()
    expect(retryAtFromHeaders(h({ 'Retry-After': '-5' }), NOW)).toBeNull()
  })
})

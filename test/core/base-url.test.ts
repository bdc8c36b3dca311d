import { describe, expect, it } from 'vitest'
import { checkBaseUrl } from '../../src/main/core/profiles/base-url'

describe('checkBaseUrl', () => {
  it('accepts https and loopback http', () => {
    expect(checkBaseUrl('https://api.coldsend.pro/api/public/v1/')).toEqual({ ok: true, url: 'https://api.coldsend.pro/api/public/v1' })
    expect(checkBaseUrl('http://127.0.0.1:4010/api/public/v1').ok).toBe(true)
    expect(checkBaseUrl('http://localhost:4010').ok).toBe(true)
    expect(checkBaseUrl('http://[::1]:4010').ok).toBe(true)
  })
  it('refuses plain http elsewhere, other schemes, credentials and junk', () => {
    for (const bad of ['http://api.coldsend.pro', 'ftp://x.y', 'https://user:pw@api.coldsend.pro', 'not a url', 'http://127.0.0.1.evil.com', 'https://a.b/?x=1']) {
      expect(checkBaseUrl(bad).ok, bad).toBe(false)
    }
  })
})

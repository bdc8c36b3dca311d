import { describe, expect, it, vi } from 'vitest'
import { createOpenExternal, isAllowedExternalUrl } from '../../src/main/electron/open-external'

describe('isAllowedExternalUrl', () => {
  it.each(['https://docs.coldsend.pro/api-reference', 'https://coldsend.pro/', 'https://app.coldsend.pro/settings?tab=keys#x'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true)
  )

  it.each([
    ['http:', 'http://docs.coldsend.pro/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['another host', 'https://example.com/'],
    ['suffix look-alike', 'https://docs.coldsend.pro.evil.com/'],
    ['prefix look-alike', 'https://evilcoldsend.pro/'],
    ['unlisted subdomain', 'https://evil.coldsend.pro/'],
    ['credentials', 'https://user:pw@docs.coldsend.pro/'],
    ['non-default port', 'https://docs.coldsend.pro:8443/'],
    ['app scheme', 'app://console/index.html'],
    ['garbage', 'not a url']
  ])('refuses %s', (_label, url) => expect(isAllowedExternalUrl(url)).toBe(false))
})

describe('createOpenExternal', () => {
  it('opens allow-listed links only, and reports which', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) }
    const open = createOpenExternal(shell)
    await expect(open('https://docs.coldsend.pro/guide')).resolves.toBe(true)
    await expect(open('https://docs.coldsend.pro.evil.com/')).resolves.toBe(false)
    await expect(open('javascript:alert(1)')).resolves.toBe(false)
    expect(shell.openExternal.mock.calls).toEqual([['https://docs.coldsend.pro/guide']])
  })

  it('reports false when the OS refuses to open the link', async () => {
    const open = createOpenExternal({ openExternal: async () => Promise.reject(new Error('no browser')) })
    await expect(open('https://coldsend.pro/')).resolves.toBe(false)
  })
})

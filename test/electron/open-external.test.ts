import { describe, expect, it, vi } from 'vitest'
import { createOpenExternal, isAllowedExternalUrl } from '../../src/main/electron/open-external'
import { GUIDANCE_LINK_HOSTS } from '../../src/shared/provider-guidance'
import { GENERIC_GUIDANCE, GUIDANCE_TABLE } from '../../src/shared/provider-guidance-table'

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
    ['garbage', 'not a url'],
    ['a Google host the guidance never links', 'https://accounts.google.com/'],
    ['a guidance host over http', 'http://myaccount.google.com/apppasswords']
  ])('refuses %s', (_label, url) => expect(isAllowedExternalUrl(url)).toBe(false))

  it('allows exactly the https hosts of the bundled sign-in guidance links, so those help pages open', () => {
    const links = [...GUIDANCE_TABLE, GENERIC_GUIDANCE].flatMap((g) => g.links.map((l) => l.url))
    expect(links.length).toBeGreaterThan(5)
    for (const url of links) expect(isAllowedExternalUrl(url), url).toBe(true)
    expect(GUIDANCE_LINK_HOSTS).toContain('myaccount.google.com')
  })
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

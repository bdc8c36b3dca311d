import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isAppUrl } from '../../src/main/electron/app-origin'
import { createAppProtocolHandler, resolveAppFile } from '../../src/main/electron/app-protocol'

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

let rendererDir: string
let handle: (request: Request) => Promise<Response>

beforeAll(() => {
  const scratch = mkdtempSync(join(tmpdir(), 'coldsend-protocol-'))
  rendererDir = join(scratch, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ColdSend</title>')
  writeFileSync(join(rendererDir, 'assets/index-abc.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets/index-abc.css'), 'body{}')
  writeFileSync(join(rendererDir, 'assets/logo.svg'), '<svg/>')
  writeFileSync(join(rendererDir, 'assets/font.woff2'), 'w')
  writeFileSync(join(scratch, 'secret.txt'), 'TOP-SECRET')
  symlinkSync(join(scratch, 'secret.txt'), join(rendererDir, 'assets/escape.txt'))
  handle = createAppProtocolHandler(rendererDir)
})

const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

describe('app:// protocol handler', () => {
  it('serves index.html for / and /index.html with the CSP and nosniff headers', async () => {
    for (const url of ['app://console/', 'app://console/index.html']) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toContain('<title>ColdSend</title>')
    }
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP)
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2']
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://console/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
  })

  it.each([
    'app://console/../../etc/passwd',
    'app://console/%2e%2e/%2e%2e/etc/passwd',
    'app://console/..%2f..%2f..%2fetc%2fpasswd',
    'app://console/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://console/..%5c..%5csecret.txt',
    'app://console/assets/%00.js',
    'app://console/%E0%A4%A',
    'app://console/assets/escape.txt'
  ])('refuses %s', async (url) => {
    const response = await get(url)
    expect([403, 404]).toContain(response.status)
    const body = await response.text()
    expect(body).not.toContain('root:')
    expect(body).not.toContain('TOP-SECRET')
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
  })

  it('refuses escapes with 403 and missing files with 404', async () => {
    expect((await get('app://console/..%2f..%2fsecret.txt')).status).toBe(403)
    expect((await get('app://console/nope.js')).status).toBe(404)
    expect((await get('app://console/assets')).status).toBe(404)
  })

  it('answers only the console host, and only GET/HEAD', async () => {
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://console.evil/index.html')).status).toBe(404)
    expect((await get('app://console/index.html', 'POST')).status).toBe(405)
    const head = await get('app://console/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('resolveAppFile / isAppUrl', () => {
  it('keeps every resolved file inside the renderer folder', () => {
    expect(resolveAppFile('/srv/r', 'app://console/a/b.js')).toEqual({ ok: true, file: '/srv/r/a/b.js' })
    expect(resolveAppFile('/srv/r', 'app://console/..%2fr2/x.js')).toEqual({ ok: false, status: 403 })
    expect(resolveAppFile('/srv/r', 'app://console/%2fetc%2fpasswd')).toEqual({ ok: true, file: '/srv/r/etc/passwd' })
  })

  it('recognises app://console by parsed URL, not prefix', () => {
    expect(isAppUrl('app://console/index.html')).toBe(true)
    expect(isAppUrl('app://console.evil/')).toBe(false)
    expect(isAppUrl('app://consolex/')).toBe(false)
    expect(isAppUrl('https://console/')).toBe(false)
  })
})

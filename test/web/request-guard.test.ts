import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { checkRequest } from '../../src/main/web/request-guard'
import { resolveStatic } from '../../src/main/web/static-files'

const cfg = { port: 4321, token: 'tok-abcdefghijklmnopqrstuvwxyz' }
const req = (url: string, headers: Record<string, string>) => ({ url, headers } as unknown as IncomingMessage)

describe('checkRequest', () => {
  it('accepts the token in the URL or in the port-specific cookie', () => {
    expect(checkRequest(req(`/?token=${cfg.token}`, { host: '127.0.0.1:4321' }), cfg)).toEqual({ refused: null, viaQuery: true })
    expect(checkRequest(req('/assets/a.js', { host: 'localhost:4321', cookie: `other=1; coldsend_token_4321=${cfg.token}` }), cfg)).toEqual({ refused: null, viaQuery: false })
  })
  it('refuses a missing or wrong token, and a cookie for another port', () => {
    expect(checkRequest(req('/', { host: '127.0.0.1:4321' }), cfg).refused).toMatch(/token/)
    expect(checkRequest(req('/?token=nope', { host: '127.0.0.1:4321' }), cfg).refused).toMatch(/token/)
    expect(checkRequest(req('/', { host: '127.0.0.1:4321', cookie: `coldsend_token_1111=${cfg.token}` }), cfg).refused).toMatch(/token/)
  })
  it('refuses foreign Host headers (DNS rebinding) and foreign Origins', () => {
    expect(checkRequest(req(`/?token=${cfg.token}`, { host: 'evil.example:4321' }), cfg).refused).toMatch(/Host/)
    expect(checkRequest(req(`/?token=${cfg.token}`, { host: '127.0.0.1:9999' }), cfg).refused).toMatch(/Host/)
    expect(checkRequest(req(`/?token=${cfg.token}`, { host: '127.0.0.1:4321', origin: 'http://evil.example' }), cfg).refused).toMatch(/Origin/)
    expect(checkRequest(req(`/?token=${cfg.token}`, { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' }), cfg).refused).toBeNull()
  })
})

describe('resolveStatic', () => {
  const root = '/srv/renderer'
  it('maps / to index.html and keeps files inside the root', () => {
    expect(resolveStatic(root, '/')).toBe('/srv/renderer/index.html')
    expect(resolveStatic(root, '/assets/index.js')).toBe('/srv/renderer/assets/index.js')
  })
  it('refuses traversal, encoded traversal and NUL bytes', () => {
    expect(resolveStatic(root, '/../etc/passwd')).toBeNull()
    expect(resolveStatic(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveStatic(root, '/a%00.js')).toBeNull()
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull()
  })
})

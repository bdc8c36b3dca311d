import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { checkBridgeUpgrade, checkSessionProbe, hostProblem, originProblem, tokenFromSubprotocols } from '../../src/main/web/request-guard'
import { resolveStatic } from '../../src/main/web/static-files'

const cfg = { port: 4321, token: 'tok-abcdefghijklmnopqrstuvwxyz' }
const req = (url: string, headers: Record<string, string>) => ({ url, headers } as unknown as IncomingMessage)

describe('bridge upgrade check', () => {
  const ws = (headers: Record<string, string>) => req('/bridge', { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321', ...headers })
  const offered = (token: string) => ({ 'sec-websocket-protocol': `coldsend.bridge.v1, coldsend.token.${token}` })

  it('accepts the token offered as a subprotocol from the exact loopback origin', () => {
    expect(checkBridgeUpgrade(ws(offered(cfg.token)), cfg)).toBeNull()
    expect(checkBridgeUpgrade(req('/bridge', { host: 'localhost:4321', origin: 'http://localhost:4321', ...offered(cfg.token) }), cfg)).toBeNull()
  })
  it('refuses a missing or wrong token, and never reads a cookie', () => {
    expect(checkBridgeUpgrade(ws({}), cfg)).toMatch(/token/)
    expect(checkBridgeUpgrade(ws(offered('nope')), cfg)).toMatch(/token/)
    expect(checkBridgeUpgrade(ws(offered(cfg.token.slice(0, -1))), cfg)).toMatch(/token/)
    expect(checkBridgeUpgrade(ws({ cookie: `coldsend_token_4321=${cfg.token}` }), cfg)).toMatch(/token/)
  })
  it('requires an Origin, and exactly the page origin (other ports, schemes and look-alikes refused)', () => {
    const noOrigin = req('/bridge', { host: '127.0.0.1:4321', ...offered(cfg.token) })
    expect(checkBridgeUpgrade(noOrigin, cfg)).toMatch(/missing Origin/)
    for (const origin of ['http://127.0.0.1:4322', 'http://evil.example', 'https://127.0.0.1:4321', 'http://127.0.0.1:4321.evil.example', 'null', 'http://127.0.0.1:4321/']) {
      expect(checkBridgeUpgrade(ws({ origin, ...offered(cfg.token) }), cfg), origin).toMatch(/Origin/)
    }
  })
  it('refuses foreign Host headers (DNS rebinding) even with the token', () => {
    expect(checkBridgeUpgrade(ws({ host: 'evil.example:4321', ...offered(cfg.token) }), cfg)).toMatch(/Host/)
    expect(checkBridgeUpgrade(ws({ host: '127.0.0.1:9999', ...offered(cfg.token) }), cfg)).toMatch(/Host/)
  })
  it('reads the token only from the coldsend.token. subprotocol', () => {
    expect(tokenFromSubprotocols('coldsend.bridge.v1, coldsend.token.abc')).toBe('abc')
    expect(tokenFromSubprotocols(['coldsend.bridge.v1', 'coldsend.token.xyz'])).toBe('xyz')
    expect(tokenFromSubprotocols('coldsend.bridge.v1')).toBeNull()
    expect(tokenFromSubprotocols(undefined)).toBeNull()
  })
})

describe('plain HTTP checks', () => {
  it('static files need a loopback Host; an Origin, when sent, must be the page origin', () => {
    expect(hostProblem(req('/', { host: '127.0.0.1:4321' }), cfg)).toBeNull()
    expect(hostProblem(req('/', { host: 'attacker.example' }), cfg)).toMatch(/Host/)
    expect(originProblem(req('/', { host: '127.0.0.1:4321' }), cfg, false)).toBeNull()
    expect(originProblem(req('/', { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:1' }), cfg, false)).toMatch(/Origin/)
  })
  it('the session probe needs the exact Origin and the token header', () => {
    const probe = (headers: Record<string, string>) => checkSessionProbe(req('/session', { host: '127.0.0.1:4321', ...headers }), cfg)
    expect(probe({ origin: 'http://127.0.0.1:4321', 'x-coldsend-token': cfg.token })).toBeNull()
    expect(probe({ origin: 'http://127.0.0.1:4321', 'x-coldsend-token': 'wrong' })).toMatchObject({ status: 401 })
    expect(probe({ 'x-coldsend-token': cfg.token })).toMatchObject({ status: 403, refused: 'missing Origin' })
    expect(probe({ origin: 'http://localhost:1', 'x-coldsend-token': cfg.token })).toMatchObject({ status: 403 })
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

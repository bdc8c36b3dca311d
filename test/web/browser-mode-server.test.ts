import { request } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { bridgeTarget, callBridge, openBridge, pageProtocols, type BridgeTarget } from '../support/bridge/bridge-client'

// The browser-mode shell as `npm run start:web` runs it: who may load the page, who may open the bridge.

function rawStatus(url: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
    })
    req.on('error', reject)
    req.end()
  })
}

const refusal = (p: Promise<unknown>) => p.then(() => 'opened', (e: Error) => e.message)

describe('browser mode server (built, as `npm run start:web` runs it)', () => {
  let app: BrowserModeProcess
  let target: BridgeTarget

  beforeAll(async () => {
    app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'cs-web-')))
    target = bridgeTarget(app.url)
  })
  afterAll(async () => {
    await app?.stop()
  })

  it('binds to 127.0.0.1 and prints a tokened URL', () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/)
  })

  it('serves the renderer publicly, with security headers and no cookie at all', async () => {
    for (const url of [app.url, `${target.origin}/`]) {
      const res = await fetch(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect(res.headers.get('set-cookie')).toBeNull()
      expect(await res.text()).toContain('<div id="root">')
    }
  })

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, and anything but GET/HEAD for files', async () => {
    expect((await rawStatus(`${target.origin}/`, { host: 'attacker.example' })).status).toBe(403)
    expect((await rawStatus(`${target.origin}/`, { origin: 'http://127.0.0.1:1' })).status).toBe(403)
    expect((await rawStatus(`${target.origin}/`, { origin: target.origin }, 'POST')).status).toBe(405)
  })

  it('opens the bridge only with the token as a subprotocol, from the exact Origin; never echoes the token', async () => {
    const port = new URL(target.origin).port
    expect(await refusal(openBridge(target, { protocols: ['coldsend.bridge.v1'] }))).toMatch(/HTTP 403/)
    expect(await refusal(openBridge(target, { protocols: pageProtocols('wrong') }))).toMatch(/HTTP 403/)
    expect(await refusal(openBridge(target, { protocols: ['coldsend.bridge.v1'], headers: { cookie: `coldsend_token_${port}=${target.token}` } }))).toMatch(/HTTP 403/)
    expect(await refusal(openBridge(target, { origin: null }))).toMatch(/HTTP 403/)
    expect(await refusal(openBridge(target, { origin: `http://127.0.0.1:${Number(port) + 1}` }))).toMatch(/HTTP 403/)
    expect(await refusal(openBridge(target, { origin: 'http://evil.example' }))).toMatch(/HTTP 403/)

    const ws = await openBridge(target)
    expect(ws.protocol).toBe('coldsend.bridge.v1')
    const answer = await callBridge(ws, 7, 'profiles.list', {})
    expect(answer).toMatchObject({ type: 'result', id: 7, result: { ok: true } })
    ws.close()
  })

  it('answers the session probe: 204 with the token, 401 without, 403 without the exact Origin', async () => {
    const probe = (headers: Record<string, string>) => rawStatus(`${target.origin}/session`, headers, 'POST')
    expect((await probe({ origin: target.origin, 'x-coldsend-token': target.token })).status).toBe(204)
    expect((await probe({ origin: target.origin, 'x-coldsend-token': 'nope' })).status).toBe(401)
    expect((await probe({ 'x-coldsend-token': target.token })).status).toBe(403)
    expect((await rawStatus(`${target.origin}/session`, { origin: target.origin, 'x-coldsend-token': target.token })).status).toBe(405)
  })

  it('stops cleanly on SIGTERM', async () => {
    expect(await app.stop()).toBe(0)
  })
})

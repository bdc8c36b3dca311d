import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'

function wsResult(url: string, headers: Record<string, string>, send?: unknown): Promise<{ opened: boolean; message?: string; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers })
    ws.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }))
    ws.on('error', () => resolve({ opened: false }))
    ws.on('open', () => {
      if (send === undefined) {
        ws.close()
        return resolve({ opened: true })
      }
      ws.send(JSON.stringify(send))
    })
    ws.on('message', (data) => {
      ws.close()
      resolve({ opened: true, message: data.toString() })
    })
  })
}

describe('browser mode server (built, as `npm run start:web` runs it)', () => {
  let app: BrowserModeProcess
  let origin: string
  let token: string

  beforeAll(async () => {
    app = await startBrowserMode(mkdtempSync(join(tmpdir(), 'cs-web-')))
    const url = new URL(app.url)
    origin = url.origin
    token = url.searchParams.get('token') ?? ''
  })
  afterAll(async () => {
    await app?.stop()
  })

  it('binds to 127.0.0.1 and prints a tokened URL', () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/)
  })

  it('serves the console with the token, sets the cookie and security headers', async () => {
    const res = await fetch(app.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/)
    expect(await res.text()).toContain('<div id="root">')
  })

  it('refuses requests without the token, with a wrong one, or with a foreign Host', async () => {
    expect((await fetch(`${origin}/`)).status).toBe(403)
    expect((await fetch(`${origin}/?token=wrong`)).status).toBe(403)
    expect((await fetch(`${origin}/assets/`, {})).status).toBe(403)
    const rebinding = await new Promise<number>((resolve) => {
      import('node:http').then(({ request }) => {
        const req = request(`${origin}/?token=${token}`, { headers: { host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0))
        req.end()
      })
    })
    expect(rebinding).toBe(403)
  })

  it('refuses WebSockets without the token or from a foreign Origin, and answers with it', async () => {
    const ws = origin.replace('http', 'ws') + '/bridge'
    expect((await wsResult(ws, {})).opened).toBe(false)
    expect((await wsResult(ws, { cookie: `coldsend_token_${new URL(origin).port}=${token}`, origin: 'http://evil.example' })).opened).toBe(false)
    const answer = await wsResult(ws, { cookie: `coldsend_token_${new URL(origin).port}=${token}`, origin }, { id: 7, op: 'profiles.list', input: {} })
    const parsed = JSON.parse(answer.message ?? '{}') as { type: string; id: number; result: { ok: boolean } }
    expect(parsed).toMatchObject({ type: 'result', id: 7, result: { ok: true } })
  })

  it('stops cleanly on SIGTERM', async () => {
    expect(await app.stop()).toBe(0)
  })
})

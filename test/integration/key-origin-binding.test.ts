import { createServer, type IncomingMessage, type Server } from 'node:http'
import { readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { ConnectionTestResult, ProfileList, ProfileView } from '../../src/shared/contract/profiles'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { bootTunedCore, type TunedCore } from '../support/boot-tuned-core'

/*
 * Probe from the security review: "profiles.test {id, baseUrl: X} sends the stored key to X;
 * profiles.save {id, baseUrl: X} keeps the key and uses it on X." A listener on another loopback port
 * stands for X, a second one redirects to it; through every operation sequence below, the listener
 * must receive no key at all.
 */

interface Seen {
  method: string
  url: string
  text: string
}

/** A loopback HTTP server that records every request (headers and body) and answers with `reply`. */
async function recorder(reply: (req: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string }) {
  const seen: Seen[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', text: `${JSON.stringify(req.headers)}\n${Buffer.concat(chunks).toString('latin1')}` })
      const r = reply(req)
      res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers })
      res.end(r.body ?? '{"campaigns":[],"pagination":{"page":1,"limit":1,"total":0,"total_pages":0}}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { seen, origin, close: () => new Promise<void>((r) => server.close(() => r())) }
}

describe('a stored key only ever goes to the origin it was entered for', () => {
  let sandbox: SandboxHandle
  let booted: TunedCore
  let listener: Awaited<ReturnType<typeof recorder>>
  let redirector: Awaited<ReturnType<typeof recorder>>
  let userKey: string
  let profile: ProfileView
  let sandboxProfileId: string
  const keysSent = () => listener.seen.filter((s) => s.text.includes(userKey) || s.text.includes(userKey.slice(8)) || /x-api-key/i.test(s.text))

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, dataDir: null })
    userKey = sandbox.issueKey({ scopes: ['*'] })
    listener = await recorder(() => ({ status: 200 }))
    redirector = await recorder((req) => ({ status: 307, headers: { location: `${listener.origin}/api/public/v1${req.url?.replace(/^\/api\/public\/v1/, '') ?? ''}` } }))
    booted = await bootTunedCore({ env: {} })
    // Keys must outlive a restart for the tamper case: opt in to the weaker file store (no keyring here).
    await booted.call('secrets.allowWeakerStorage', { allow: true })
    profile = await booted.call<ProfileView>('profiles.save', { name: 'Real', baseUrl: sandbox.baseUrl, apiKey: userKey })
    await booted.call('profiles.activate', { id: profile.id })
    const list = await booted.call<ProfileList>('profiles.list')
    sandboxProfileId = list.profiles.find((p) => p.kind === 'sandbox')!.id
  })
  afterAll(async () => {
    await booted?.close()
    await sandbox?.close()
    await listener?.close()
    await redirector?.close()
  })

  it('profiles.test with another URL never uses the stored key (user and sandbox profiles)', async () => {
    for (const baseUrl of [listener.origin, `${listener.origin}/api/public/v1`, `${sandbox.url}/api/public/v2`]) {
      for (const id of [profile.id, sandboxProfileId]) {
        const result = await booted.call<ConnectionTestResult>('profiles.test', { id, baseUrl })
        expect(result.status, `${id} → ${baseUrl}`).toBe('missing_key')
        expect(result.message).toMatch(/only sent to .*enter the API key again/)
      }
    }
    // The stored URL itself still tests with the stored key.
    expect((await booted.call<ConnectionTestResult>('profiles.test', { id: profile.id, baseUrl: sandbox.baseUrl })).status).toBe('ok')
    expect(keysSent()).toHaveLength(0)
  })

  it('profiles.save to another origin without the key is refused on the API key field; nothing changes', async () => {
    const refused = await booted.invoke('profiles.save', { id: profile.id, name: 'Real', baseUrl: `${listener.origin}/api/public/v1` })
    expect(refused.ok).toBe(false)
    const error = (refused as { error: AppError }).error
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'apiKey', type: 'console.key_bound_to_origin' }] })
    expect(error.message).toContain(new URL(listener.origin).host)
    const after = (await booted.call<ProfileList>('profiles.list')).profiles.find((p) => p.id === profile.id)
    expect(after?.baseUrl).toBe(sandbox.baseUrl)
    await booted.call('campaigns.list', { limit: 1 })
    expect(keysSent()).toHaveLength(0)
  })

  it('a path change on the same origin keeps the key; moving back is allowed; no key leaves', async () => {
    const samePath = await booted.invoke('profiles.save', { id: profile.id, name: 'Real', baseUrl: `${sandbox.url}/api/public/v1/` })
    expect(samePath.ok).toBe(true)
    expect((await booted.invoke('campaigns.list', { limit: 1 })).ok).toBe(true)
    expect(keysSent()).toHaveLength(0)
  })

  it('a server that redirects gets no redirect followed: the key never reaches the Location host', async () => {
    const redirectKey = sandbox.issueKey({ scopes: ['*'], name: 'redirect' })
    const moved = await booted.call<ProfileView>('profiles.save', { name: 'Moved', baseUrl: `${redirector.origin}/api/public/v1`, apiKey: redirectKey })
    await booted.call('profiles.activate', { id: moved.id })
    const listed = await booted.invoke('campaigns.list', { limit: 1 })
    expect(listed.ok).toBe(false)
    const error = (listed as { error: AppError }).error
    expect(error).toMatchObject({ kind: 'server', guidance: 'check-base-url' })
    expect(error.message).toContain(`redirected the request to ${listener.origin}`)
    const tested = await booted.call<ConnectionTestResult>('profiles.test', { id: moved.id })
    // Something answered (with a redirect), so the verdict is "not the ColdSend API", never "unreachable".
    expect(tested.status).toBe('not_coldsend_api')
    expect(redirector.seen.length).toBeGreaterThan(0)
    expect(listener.seen.filter((s) => s.text.includes(redirectKey))).toHaveLength(0)
    await booted.call('profiles.activate', { id: profile.id })
  })

  it('rewriting baseUrl in settings.json behind the console\'s back does not move the key (bound in the ciphertext)', async () => {
    const dataDir = booted.dataDir
    await booted.close()
    const file = join(dataDir, 'settings.json')
    const settings = JSON.parse(readFileSync(file, 'utf8')) as { profiles: { items: Array<{ id: string; baseUrl: string }> } }
    for (const item of settings.profiles.items) if (item.id === profile.id) item.baseUrl = `${listener.origin}/api/public/v1`
    writeFileSync(file, JSON.stringify(settings))
    booted = await bootTunedCore({ dataDir, env: {} })
    const listed = await booted.invoke('campaigns.list', { limit: 1 })
    expect(listed.ok).toBe(false)
    expect((listed as { error: AppError }).error).toMatchObject({ kind: 'auth', reason: 'missing_key' })
    expect((await booted.call<ConnectionTestResult>('profiles.test', { id: profile.id })).status).toBe('missing_key')
    expect(listener.seen).toHaveLength(0)
  })

  it('after every sequence the listener received 0 keys', () => {
    console.log(`listener saw ${listener.seen.length} requests, ${keysSent().length} carrying a key; redirector saw ${redirector.seen.length}`)
    expect(keysSent()).toHaveLength(0)
  })
})

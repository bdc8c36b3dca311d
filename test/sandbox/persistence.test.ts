import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { closedBeforeGrace } from './close-timing'
import { type ListBody, call, tempDir } from './helpers'

describe('sandbox persistence', () => {
  const cleanups: Array<() => Promise<void>> = []
  const running: SandboxHandle[] = []
  const start = async (dataDir: string, extra: { log?: (l: string) => void; seed?: boolean } = {}) => {
    const sandbox = await startSandbox({ dataDir, ...extra })
    running.push(sandbox)
    return sandbox
  }
  const dir = async () => {
    const t = await tempDir()
    cleanups.push(t.cleanup)
    return t.dir
  }
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()))
    await Promise.all(cleanups.splice(0).map((c) => c()))
  })

  it('keeps campaigns and keys across a restart, and revoked keys stay revoked', async () => {
    const dataDir = await dir()
    const first = await start(dataDir)
    const key = first.issueKey({ scopes: ['*'] })
    const revoked = first.issueKey({ scopes: ['*'] })
    first.revokeKey(revoked)
    const created = await call(first, '/campaigns', { key, json: { name: 'Survives a restart' } })
    expect(created.status).toBe(201)
    const id = (created.body as { campaign_id: string }).campaign_id
    await first.close()

    const second = await start(dataDir)
    const detail = await call(second, `/campaigns/${id}`, { key })
    expect(detail.status).toBe(200)
    expect(detail.body).toMatchObject({ campaign_id: id, name: 'Survives a restart' })
    const listed = (await call(second, '/campaigns?limit=100', { key })).body as ListBody
    expect(listed.pagination.total).toBe(13)
    expect((await call(second, '/campaigns', { key: revoked })).status).toBe(401)
  })

  it('stores only SHA-256 hashes of keys, never the key', async () => {
    const dataDir = await dir()
    const sandbox = await start(dataDir)
    const key = sandbox.issueKey({ scopes: ['campaigns:read'], name: 'grep me' })
    await sandbox.close()
    const text = await readFile(join(dataDir, 'state.json'), 'utf8')
    expect(text).toContain('grep me')
    expect(text).not.toContain(key)
    expect(text).not.toContain(key.slice('cs_live_'.length))
    const { createHash } = await import('node:crypto')
    expect(text).toContain(createHash('sha256').update(key).digest('hex'))
  })

  it('sets a corrupt state.json aside, warns, and starts fresh with the demo data', async () => {
    const dataDir = await dir()
    await writeFile(join(dataDir, 'state.json'), '{"version": 1, "campaigns": [tru')
    const lines: string[] = []
    const sandbox = await start(dataDir, { log: (l) => lines.push(l) })
    const key = sandbox.issueKey({ scopes: ['*'] })
    const listed = (await call(sandbox, '/campaigns', { key })).body as ListBody
    expect(listed.pagination.total).toBe(12)
    const files = await readdir(dataDir)
    const aside = files.find((f) => f.startsWith('state.json.corrupt-'))
    expect(aside).toBeDefined()
    expect(await readFile(join(dataDir, aside!), 'utf8')).toBe('{"version": 1, "campaigns": [tru')
    expect(lines.some((l) => l.includes('warning') && l.includes(aside!))).toBe(true)
    await sandbox.close()
    expect(JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8'))).toMatchObject({ version: 1 })
  })

  it('treats valid JSON with the wrong layout as corrupt too', async () => {
    const dataDir = await dir()
    await writeFile(join(dataDir, 'state.json'), JSON.stringify({ version: 1, campaigns: 'nope' }))
    const sandbox = await start(dataDir, { seed: false })
    const key = sandbox.issueKey({ scopes: ['*'] })
    expect(((await call(sandbox, '/campaigns', { key })).body as ListBody).pagination.total).toBe(0)
    expect((await readdir(dataDir)).some((f) => f.startsWith('state.json.corrupt-'))).toBe(true)
  })

  it('writes atomically: after many quick changes only state.json (and the credentials key) remain, complete and parseable', async () => {
    const dataDir = await dir()
    const sandbox = await start(dataDir, { seed: false })
    const key = sandbox.issueKey({ scopes: ['*'] })
    await Promise.all(Array.from({ length: 20 }, (_, i) => call(sandbox, '/campaigns', { key, json: { name: `Burst campaign ${i}` } })))
    await sandbox.close()
    // No temp files left behind; credentials.key is the sender-account password key, created at start.
    expect((await readdir(dataDir)).sort()).toEqual(['credentials.key', 'state.json'])
    const state = JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8')) as { campaigns: unknown[] }
    expect(state.campaigns).toHaveLength(20)
  })

  it('seeds the same demo data on every fresh start', async () => {
    const a = await startSandbox({ dataDir: null })
    const b = await startSandbox({ dataDir: null })
    running.push(a, b)
    const strip = (body: ListBody) => body.campaigns.map(({ created_at: _c, launched_at: _l, ...rest }) => rest)
    const listA = (await call(a, '/campaigns', { key: a.issueKey({ scopes: ['*'] }) })).body as ListBody
    const listB = (await call(b, '/campaigns', { key: b.issueKey({ scopes: ['*'] }) })).body as ListBody
    expect(strip(listA)).toEqual(strip(listB))
    expect(listA.campaigns).toHaveLength(12)
  })

  it('closes promptly even with a keep-alive connection open', async () => {
    const sandbox = await startSandbox({ dataDir: null })
    const key = sandbox.issueKey({ scopes: ['*'] })
    expect((await call(sandbox, '/campaigns', { key })).status).toBe(200)
    expect(await closedBeforeGrace(() => sandbox.close())).toBe(true)
    await expect(fetch(`${sandbox.baseUrl}/campaigns`)).rejects.toThrow()
  })

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startSandbox({ host: '0.0.0.0' })).rejects.toThrow(/loopback/)
    await expect(startSandbox({ host: '192.168.1.10' })).rejects.toThrow(/loopback/)
  })
})

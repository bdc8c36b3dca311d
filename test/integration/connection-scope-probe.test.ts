import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConnection } from '../../src/main/core/profiles/connection-tester'
import { SCOPE_PROBES } from '../../src/main/core/profiles/scope-probes'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { CONSOLE_SCOPES, scopeLimitation } from '../../src/shared/scope-features'
import { manualClock } from '../sandbox/manual-clock'
import { tempDir } from '../sandbox/helpers'
import { bootTestCore } from '../support/boot-core'

// "Test connection" names the scopes a key lacks by walking harmless requests until the first 403,
// against the real sandbox over HTTP on 127.0.0.1.

const noRedact = (text: string) => text

/** A sandbox that records every request it answers ("METHOD /path status"). */
async function recordingSandbox(opts: { dataDir?: string | null; clock?: () => number } = {}) {
  const lines: string[] = []
  const sandbox = await startSandbox({ dataDir: opts.dataDir ?? null, ...(opts.clock ? { clock: opts.clock } : {}), log: (line) => lines.push(line) })
  const requests = () => lines.filter((l) => /^(GET|POST|PUT|DELETE|PATCH) \//.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '))
  return { sandbox, requests }
}

describe('Test connection probes the key’s scopes without changing anything', () => {
  let rec: Awaited<ReturnType<typeof recordingSandbox>>
  let sandbox: SandboxHandle
  beforeAll(async () => {
    rec = await recordingSandbox()
    sandbox = rec.sandbox
  })
  afterAll(async () => {
    await sandbox?.close()
  })

  it('a key with every scope stays "Connected", after 12 requests that each met a 404 or 422', async () => {
    const key = sandbox.issueKey({ scopes: ['*'] })
    const before = rec.requests().length
    const result = await testConnection(sandbox.baseUrl, async () => key, noRedact)
    expect(result).toMatchObject({ status: 'ok', missingScopes: [], uncheckedScopes: [] })
    expect(result.message).toContain('has every scope the console uses')
    const sent = rec.requests().slice(before)
    expect(sent).toHaveLength(1 + SCOPE_PROBES.length)
    expect(sent).toHaveLength(12)
    expect(sent[0]).toBe('GET /api/public/v1/campaigns 200')
    for (const line of sent.slice(1)) expect(line).toMatch(/ (404|422)$/)
  })

  it('a read-only key is told what will not work, after one probe', async () => {
    const key = sandbox.issueKey({ scopes: ['campaigns:read'] })
    const before = rec.requests().length
    const result = await testConnection(sandbox.baseUrl, async () => key, noRedact)
    expect(result.status).toBe('missing_scopes')
    expect(result.missingScopes).toEqual(CONSOLE_SCOPES.filter((s) => s !== 'campaigns:read'))
    expect(result.grantedScopes).toEqual(['campaigns:read'])
    expect(result.message).toContain('What will not work: campaigns:create — creating campaigns;')
    expect(rec.requests().slice(before)).toEqual(['GET /api/public/v1/campaigns 200', 'POST /api/public/v1/campaigns 403'])
  })

  it.each(SCOPE_PROBES.map((p) => [p.scope, p] as const))('finds %s missing when it is the only console scope a key lacks', async (scope) => {
    const key = sandbox.issueKey({ scopes: CONSOLE_SCOPES.filter((s) => s !== scope) })
    const result = await testConnection(sandbox.baseUrl, async () => key, noRedact)
    expect(result).toMatchObject({ status: 'missing_scopes', missingScopes: [scope] })
    expect(result.message).toBe(`The key is valid but lacks a scope the console uses. What will not work: ${scopeLimitation(scope)}.`)
  })

  it('resource-wide scopes and G1 write scopes count as granted', async () => {
    const all = sandbox.issueKey({ scopes: ['campaigns:all', 'leads:all', 'sender_accounts:all'] })
    expect(await testConnection(sandbox.baseUrl, async () => all, noRedact)).toMatchObject({ status: 'ok' })
    const legacy = sandbox.issueKey({ scopes: ['campaigns:write', 'campaigns:read', 'leads:all', 'sender_accounts:all'] })
    const result = await testConnection(sandbox.baseUrl, async () => legacy, noRedact)
    expect(result).toMatchObject({ status: 'missing_scopes', missingScopes: ['campaigns:pause', 'campaigns:activate'] })
  })

  it('through the core: the verdict crosses the boundary with the missing scopes and no key', async () => {
    const booted = await bootTestCore(undefined)
    try {
      const key = sandbox.issueKey({ scopes: ['campaigns:read', 'leads:read', 'sender_accounts:read'] })
      const result = await booted.call<{ status: string; missingScopes: string[]; message: string }>('profiles.test', { baseUrl: sandbox.baseUrl, apiKey: key })
      expect(result.status).toBe('missing_scopes')
      expect(result.missingScopes).toEqual(['campaigns:create', 'campaigns:update', 'campaigns:delete', 'campaigns:pause', 'campaigns:activate', 'leads:create', 'leads:delete', 'sender_accounts:create', 'sender_accounts:delete'])
      expect(JSON.stringify(result)).not.toContain(key)
    } finally {
      await booted.core.close()
    }
  })
})

describe('the probe leaves the sandbox exactly as it was', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const c of cleanups) await c()
  })

  it('state.json is byte-identical after a full-scope probe (scope is checked before lookup and body)', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const clock = manualClock()
    const first = await startSandbox({ dataDir: dir, clock: clock.now })
    const key = first.issueKey({ scopes: ['*'], name: 'probe' })
    await first.close()
    const before = await readFile(join(dir, 'state.json'), 'utf8')

    const again = await recordingSandbox({ dataDir: dir, clock: clock.now })
    const result = await testConnection(again.sandbox.baseUrl, async () => key, noRedact)
    expect(result.status).toBe('ok')
    expect(again.requests()).toHaveLength(12)
    await again.sandbox.close()
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe(before)
  })
})

import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { bootTestCore, readAllFiles } from '../support/boot-core'

type Booted = Awaited<ReturnType<typeof bootTestCore>>
type List = { campaigns: Array<{ name: string; status: string }>; pagination: { total: number; pages: number } }

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as { port: number }).port
  await new Promise((r) => server.close(r))
  return port
}

describe('the core against real sandboxes on 127.0.0.1', () => {
  let booted: Booted
  let other: SandboxHandle
  const envelopes: string[] = []
  const fail = async (op: string, input: unknown): Promise<AppError> => {
    const result = await booted.core.invoke(op, input)
    envelopes.push(JSON.stringify(result))
    if (result.ok) throw new Error(`${op} unexpectedly succeeded`)
    return result.error
  }

  beforeAll(async () => {
    booted = await bootTestCore()
    other = await startSandbox({ port: 0, dataDir: null, rateLimit: { perMinute: 4, perHour: 1000 } })
  })
  afterAll(async () => {
    await booted?.core.close()
    await other?.close()
  })

  it('creates an active Sandbox profile with seeded campaigns on first launch', async () => {
    const profiles = await booted.call<{ profiles: Array<{ name: string; kind: string; active: boolean; key: { configured: boolean } }> }>('profiles.list')
    expect(profiles.profiles).toEqual([expect.objectContaining({ name: 'Sandbox', kind: 'sandbox', active: true, key: expect.objectContaining({ configured: true }) })])
    const list = await booted.call<List>('campaigns.list', { limit: 5 })
    expect(list.pagination.total).toBeGreaterThanOrEqual(12)
    expect(list.pagination.pages).toBe(Math.ceil(list.pagination.total / 5))
    expect(new Set(list.campaigns.map((c) => c.status)).size).toBeGreaterThan(1)
  })

  it('maps the server 422 for a short name to the name field, with the server wording', async () => {
    const error = await fail('campaigns.create', { name: 'Q4 tw' })
    expect(error).toMatchObject({ kind: 'validation', status: 422, guidance: 'fix-fields' })
    expect(error.kind === 'validation' && error.issues).toEqual([
      { loc: ['body', 'name'], path: 'name', msg: 'ensure this value has at least 8 characters', type: 'value_error.any_str.min_length', source: 'server' }
    ])
    expect(error.requestId).toBeTruthy()
  })

  it('creates a campaign that then appears in the list', async () => {
    const created = await booted.call<{ campaign_id: string; status: string }>('campaigns.create', { name: 'Integration launch', daily_limit_per_inbox: 25 })
    expect(created.status).toBe('DRAFT')
    const found = await booted.call<List>('campaigns.list', { search: 'integration launch' })
    expect(found.campaigns.map((c) => c.name)).toEqual(['Integration launch'])
    const detail = await booted.call<{ daily_limit_per_inbox: number }>('campaigns.get', { campaign_id: created.campaign_id })
    expect(detail.daily_limit_per_inbox).toBe(25)
  })

  it('reports not_found for an unknown id and puts a malformed id on a banner path', async () => {
    expect((await fail('campaigns.get', { campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' })).kind).toBe('not_found')
    const malformed = await fail('campaigns.get', { campaign_id: 'not-a-uuid' })
    expect(malformed.kind === 'validation' && malformed.issues[0]).toMatchObject({ loc: ['path', 'campaign_id'], path: 'campaign_id' })
  })

  it('tests connections: ok, invalid key, missing scopes (named), local server down, not the API, missing key', async () => {
    const fullKey = other.issueKey({ scopes: ['*'] })
    expect(await booted.call('profiles.test', { baseUrl: other.baseUrl, apiKey: fullKey })).toMatchObject({ status: 'ok' })
    expect(await booted.call('profiles.test', { baseUrl: other.baseUrl, apiKey: 'cs_live_' + 'x'.repeat(40) })).toMatchObject({ status: 'invalid_key' })
    const narrow = other.issueKey({ scopes: ['sender_accounts:read'] })
    const scoped = await booted.call<{ status: string; missingScopes: string[]; grantedScopes: string[] }>('profiles.test', { baseUrl: other.baseUrl, apiKey: narrow })
    expect(scoped.status).toBe('missing_scopes')
    expect(scoped.missingScopes).toEqual(expect.arrayContaining(['campaigns:read', 'campaigns:create', 'leads:read']))
    expect(scoped.missingScopes).not.toContain('sender_accounts:read')
    expect(scoped.grantedScopes).toEqual(['sender_accounts:read'])
    const port = await closedPort()
    expect(await booted.call('profiles.test', { baseUrl: `http://127.0.0.1:${port}/api/public/v1`, apiKey: fullKey })).toMatchObject({ status: 'local_server_down' })
    // The sandbox's origin without /api/public/v1: something answered, and the fix names the corrected URL.
    expect(await booted.call('profiles.test', { baseUrl: other.url, apiKey: fullKey })).toMatchObject({ status: 'not_coldsend_api', suggestedBaseUrl: other.baseUrl })
    expect(await booted.call('profiles.test', { baseUrl: other.baseUrl })).toMatchObject({ status: 'missing_key' })
    expect(await booted.call('profiles.test', { baseUrl: 'http://example.com/api' })).toMatchObject({ status: 'bad_base_url' })
  })

  it('switches profiles and surfaces auth, forbidden and rate-limit errors from the active one', async () => {
    const narrow = other.issueKey({ scopes: ['campaigns:read'] })
    const profile = await booted.call<{ id: string }>('profiles.save', { name: 'Other', baseUrl: other.baseUrl, apiKey: narrow })
    await booted.call('profiles.activate', { id: profile.id })
    const forbidden = await fail('campaigns.create', { name: 'Not allowed here' })
    expect(forbidden).toMatchObject({ kind: 'forbidden', required: ['campaigns:create'], granted: ['campaigns:read'] })
    let limited: AppError | null = null
    for (let i = 0; i < 6 && !limited; i++) {
      const r = await booted.core.invoke('campaigns.list', {})
      if (!r.ok) limited = r.error
    }
    // The client-side budget learns the 5/minute limit from the headers and refuses before the server has to.
    expect(limited).toMatchObject({ kind: 'rate_limited', retryable: true })
    expect(limited?.kind === 'rate_limited' && Date.parse(limited.retryAt ?? '')).toBeGreaterThan(Date.now())
    other.revokeKey(narrow)
    // A replaced key starts a fresh client budget; revoked, the server answers 401.
    const replaced = other.issueKey({ scopes: ['campaigns:read'] })
    await booted.call('profiles.save', { id: profile.id, name: 'Other', baseUrl: other.baseUrl, apiKey: replaced })
    other.revokeKey(replaced)
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'auth', reason: 'invalid_key', status: 401 })
    const sandboxId = (await booted.call<{ profiles: Array<{ id: string; kind: string }> }>('profiles.list')).profiles.find((p) => p.kind === 'sandbox')!.id
    await booted.call('profiles.activate', { id: sandboxId })
  })

  it('keeps a typed key out of every file, envelope and log line', async () => {
    const canary = 'cs_live_CANARY' + 'k'.repeat(34)
    const saved = await booted.call<{ id: string; key: { last4: string } }>('profiles.save', { name: 'Canary', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: canary })
    expect(saved.key.last4).toBe('kkkk')
    envelopes.push(JSON.stringify(await booted.core.invoke('profiles.list', {})))
    envelopes.push(JSON.stringify(await booted.core.invoke('profiles.test', { id: saved.id })))
    for (const { file, text } of readAllFiles(booted.dataDir)) expect(text, file).not.toContain(canary)
    expect(envelopes.join('\n')).not.toContain(canary)
    expect(booted.lines.join('\n')).not.toContain(canary)
  })

  it('keeps sandbox data across a restart and gives the Environment profile priority when set', async () => {
    await booted.core.close()
    const again = await bootTestCore(booted.dataDir)
    const found = await again.call<List>('campaigns.list', { search: 'Integration launch' })
    expect(found.campaigns).toHaveLength(1)
    await again.core.close()

    const envKey = other.issueKey({ scopes: ['*'] })
    const withEnv = await bootTestCore(booted.dataDir, { COLDSEND_BASE_URL: other.baseUrl, COLDSEND_API_KEY: envKey })
    const list = await withEnv.call<{ activeId: string; profiles: Array<{ id: string }> }>('profiles.list')
    expect(list.activeId).toBe('environment')
    expect((await withEnv.call<List>('campaigns.list')).pagination.total).toBeGreaterThan(0)
    await withEnv.core.close()
    for (const { text } of readAllFiles(booted.dataDir)) expect(text).not.toContain(envKey)
    booted = await bootTestCore(booted.dataDir)
  })
})

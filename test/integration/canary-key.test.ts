import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { ErrorLogExport, ErrorLogPage } from '../../src/shared/contract/error-log'
import type { ProfileList, ProfileView, SecretStorageStatus } from '../../src/shared/contract/profiles'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { bootTunedCore, readAllBytes, type TunedCore, type TunedBootOptions } from '../support/boot-tuned-core'

/*
 * Done-when: "A canary key used through every error path appears in no log line, no error object that
 * crosses the boundary, and no file except as ciphertext." The canary is issued to a faulting sandbox,
 * held by a saved user profile whose key is persisted (weaker storage allowed: AES-GCM in settings.json),
 * and driven through every failure the core can report. Then every log line, every envelope, every
 * pushed event and every byte under the data dir is searched for it.
 */

/** `cs_live_` + 40 alphanumerics, starting `CANARY<tag>`, the rest a fixed filler. */
const canaryKey = (tag: string) => {
  const body = `CANARY${tag}`
  return `cs_live_${body}${'q7Rk2Xw9'.repeat(6).slice(0, 40 - body.length)}`
}
const KEY = canaryKey('main')
const NARROW_KEY = canaryKey('narrow')
const UNKNOWN_KEY = canaryKey('unknown')
const SMTP_PASSWORD = 'PASSWORD-CANARY-smtp-7f3a9c1e'
const IMAP_PASSWORD = 'PASSWORD-CANARY-imap-2b8d4e6f'
const KEYS = [KEY, NARROW_KEY, UNKNOWN_KEY]
const SECRETS = [...KEYS, SMTP_PASSWORD, IMAP_PASSWORD]
/** What must never appear: each secret, its key body without the `cs_live_` prefix, and naive encodings of it. */
const NEEDLES = SECRETS.flatMap((s) => [s, s.replace(/^cs_live_/, ''), Buffer.from(s).toString('base64'), Buffer.from(s).toString('hex')])

const UNKNOWN_ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
const CLIENTS: TunedBootOptions['clients'] = {
  retryBudget: { capacity: 1000 },
  client: {
    retryPolicies: { interactive: { baseDelayMs: 20, maxDelayMs: 100, attemptTimeoutMs: 1500 } },
    reconcileSettings: { settleMs: 100 }
  }
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as { port: number }).port
  await new Promise((r) => server.close(r))
  return port
}

/** Which needles a text contains (empty = clean). */
const leaks = (text: string) => NEEDLES.filter((n) => text.includes(n))

describe('a canary key through every error path', () => {
  let sandbox: SandboxHandle
  let booted: TunedCore
  let profileId: string
  let narrowId: string
  /** Every failure we provoked, as it crossed the boundary. */
  const failures: AppError[] = []
  /** Lines, envelopes and events of cores already closed (the re-boot keeps adding its own). */
  const earlier = { lines: [] as string[], envelopes: [] as string[], events: [] as string[] }

  const fail = async (op: string, input: unknown): Promise<AppError> => {
    const result = await booted.invoke(op, input)
    if (result.ok) throw new Error(`${op} unexpectedly succeeded: ${JSON.stringify(result.value).slice(0, 300)}`)
    failures.push(result.error)
    return result.error
  }
  /** Drops the active profile's client (fresh request budget) by re-saving the profile without a key. */
  const freshClient = async () => {
    await booted.call('profiles.save', { id: profileId, name: 'Canary', baseUrl: sandbox.baseUrl })
  }
  const campaignIdWithStatus = async (status: string) =>
    (await booted.call<{ campaigns: Array<{ campaign_id: string }> }>('campaigns.list', { status, limit: 1 })).campaigns[0]!.campaign_id

  beforeAll(async () => {
    sandbox = await startSandbox({ dataDir: null, faults: true, rateLimit: { perMinute: 100_000, perHour: 1_000_000 } })
    sandbox.issueKey({ scopes: ['*'], key: KEY, name: 'canary' })
    sandbox.issueKey({ scopes: ['campaigns:read'], key: NARROW_KEY, name: 'canary-narrow' })
    booted = await bootTunedCore({ clients: CLIENTS })
  })
  afterAll(async () => {
    await booted?.close()
    await sandbox?.close()
  })

  it('holds the canary in a saved profile; allowing weaker storage moves it from memory to ciphertext on disk', async () => {
    const before = await booted.call<ProfileList>('profiles.list')
    expect(before.storage).toMatchObject({ backend: 'memory', weakerAvailable: true, weakerAllowed: false })
    const saved = await booted.call<ProfileView>('profiles.save', { name: 'Canary', baseUrl: sandbox.baseUrl, apiKey: KEY })
    profileId = saved.id
    expect(saved.key).toEqual({ configured: true, last4: KEY.slice(-4), backend: 'memory' })
    const status = await booted.call<SecretStorageStatus>('secrets.allowWeakerStorage', { allow: true })
    expect(status).toMatchObject({ backend: 'weak-file', weakerAllowed: true, secure: false })
    await booted.call('profiles.activate', { id: profileId })
    const list = await booted.call<ProfileList>('profiles.list')
    expect(list.activeId).toBe(profileId)
    expect(list.profiles.find((p) => p.id === profileId)?.key).toEqual({ configured: true, last4: KEY.slice(-4), backend: 'weak-file' })
    expect((await booted.call<{ pagination: { total: number } }>('campaigns.list', { limit: 1 })).pagination.total).toBeGreaterThan(0)

    const settings = JSON.parse(readFileSync(join(booted.dataDir, 'settings.json'), 'utf8')) as { secrets?: Record<string, unknown> }
    const stored = settings.secrets?.[profileId]
    expect(typeof stored).toBe('string')
    expect(leaks(stored as string)).toEqual([])
    expect(leaks(Buffer.from(stored as string, 'base64').toString('latin1'))).toEqual([])
  })

  it('client-side validation: a refused base URL with the canary as key, a sender with canary passwords and a bad port', async () => {
    const badUrl = await fail('profiles.save', { name: 'Leaky', baseUrl: 'http://coldsend.example/api/public/v1', apiKey: KEY })
    expect(badUrl).toMatchObject({ kind: 'validation', guidance: 'fix-fields' })
    const badInput = await fail('senders.create', {
      email_address: 'canary@inbox.example', display_name: 'Canary', inbox_type: 'CARRIER_PIGEON',
      smtp_host: '127.0.0.1', smtp_port: 0, smtp_username: 'canary', smtp_password: SMTP_PASSWORD,
      imap_host: '127.0.0.1', imap_port: 70_000, imap_username: 'canary', imap_password: IMAP_PASSWORD
    })
    expect(badInput).toMatchObject({ kind: 'validation', attempts: 0 })
    expect(badInput.kind === 'validation' && badInput.issues.map((i) => [i.path, i.source])).toEqual(
      expect.arrayContaining([['inbox_type', 'client'], ['smtp_port', 'client'], ['imap_port', 'client']]))
    expect(await fail('campaigns.create', {})).toMatchObject({ kind: 'validation', attempts: 0 })
    // Not failures, but the same key through the connection test: nothing listening locally, then a wrong base path.
    const port = await closedPort()
    expect(await booted.call('profiles.test', { baseUrl: `http://127.0.0.1:${port}/api/public/v1`, apiKey: KEY })).toMatchObject({ status: 'local_server_down' })
    expect(await booted.call('profiles.test', { baseUrl: `${sandbox.url}/api/v0`, apiKey: KEY })).toMatchObject({ status: 'not_coldsend_api' })
  })

  it('401 (revoked and unknown keys), 403 (narrow canary) and 404', async () => {
    expect(await fail('campaigns.get', { campaign_id: UNKNOWN_ID })).toMatchObject({ kind: 'not_found', status: 404 })

    narrowId = (await booted.call<ProfileView>('profiles.save', { name: 'Canary narrow', baseUrl: sandbox.baseUrl, apiKey: NARROW_KEY })).id
    await booted.call('profiles.activate', { id: narrowId })
    expect(await fail('campaigns.create', { name: 'Not with this key' })).toMatchObject({ kind: 'forbidden', status: 403, granted: ['campaigns:read'] })
    expect(await fail('leads.add', { campaign_id: UNKNOWN_ID, email: 'scoped@prospect.example' })).toMatchObject({ kind: 'forbidden', status: 403 })
    sandbox.revokeKey(NARROW_KEY)
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'auth', reason: 'invalid_key', status: 401 })

    await booted.call('profiles.save', { id: narrowId, name: 'Canary narrow', baseUrl: sandbox.baseUrl, apiKey: UNKNOWN_KEY })
    expect(await fail('campaigns.get', { campaign_id: UNKNOWN_ID })).toMatchObject({ kind: 'auth', reason: 'invalid_key', status: 401 })
    expect(await booted.call('profiles.test', { id: narrowId })).toMatchObject({ status: 'invalid_key' })
    await booted.call('profiles.activate', { id: profileId })
  })

  it('409, server 422s and 400 business rules, and a sender create with canary passwords', async () => {
    const created = await booted.call<{ campaign_id: string }>('campaigns.create', { name: 'Canary conflict campaign' })
    await booted.call('leads.add', { campaign_id: created.campaign_id, email: 'twice@prospect.example' })
    expect(await fail('leads.add', { campaign_id: created.campaign_id, email: 'twice@prospect.example' })).toMatchObject({ kind: 'conflict', status: 409 })

    expect(await fail('campaigns.create', { name: 'Q4 tw' })).toMatchObject({ kind: 'validation', status: 422 })
    const variants = [
      { subject_template: 'Quick question, {{first_name}}', email_content: 'Hi {{first_name}}, a short note.', variant_name: 'A', distribution_percent: 60 },
      { subject_template: 'An idea for {{company}}', email_content: 'Hello {{first_name}}, one idea.', variant_name: 'B', distribution_percent: 30 }
    ]
    expect(await fail('campaigns.update', { campaign_id: created.campaign_id, variants })).toMatchObject({ kind: 'business', code: 'variant_distribution_mismatch', total: 90 })

    const active = await campaignIdWithStatus('ACTIVE')
    expect(await fail('campaigns.update', { campaign_id: active, name: 'Renamed while active' })).toMatchObject({ kind: 'business', status: 400, code: 'campaign_not_modifiable' })
    expect(await fail('campaigns.delete', { campaign_id: active })).toMatchObject({ kind: 'business', status: 400 })

    const port = await closedPort()
    const sender = {
      email_address: 'canary.sender@unreachable-mail.example', display_name: 'Canary sender', inbox_type: 'CUSTOM_SMTP',
      smtp_host: '127.0.0.1', smtp_port: port, smtp_username: 'canary', smtp_password: SMTP_PASSWORD,
      imap_host: '127.0.0.1', imap_port: port, imap_username: 'canary', imap_password: IMAP_PASSWORD, smtp_use_tls: false, imap_use_ssl: false
    }
    expect(await fail('senders.create', sender)).toMatchObject({ kind: 'business', status: 400, code: 'connection_failed', protocol: 'SMTP' })
    const seeded = (await booted.call<{ sender_accounts: Array<{ email_address: string }> }>('senders.list', { limit: 1 })).sender_accounts[0]!
    expect(await fail('senders.create', { ...sender, email_address: seeded.email_address })).toMatchObject({
      kind: 'conflict', status: 409, existing: expect.objectContaining({ email: seeded.email_address })
    })
  })

  it('a server (or proxy) that echoes the key and the passwords back in its error text', async () => {
    const echo = `key ${KEY} with smtp ${SMTP_PASSWORD} and imap ${IMAP_PASSWORD} refused`
    const port = await closedPort()
    const sender = {
      email_address: 'echo.sender@unreachable-mail.example', display_name: 'Echo sender', inbox_type: 'CUSTOM_SMTP',
      smtp_host: '127.0.0.1', smtp_port: port, smtp_username: 'canary', smtp_password: SMTP_PASSWORD,
      imap_host: '127.0.0.1', imap_port: port, imap_username: 'canary', imap_password: IMAP_PASSWORD
    }
    sandbox.faults.push(
      { kind: 'status', status: 400, method: 'POST', path: '/sender-accounts/smtp', times: 1, body: { detail: `SMTP connection failed: ${echo}` } },
      { kind: 'status', status: 422, method: 'POST', path: '/sender-accounts/smtp', times: 1,
        body: { detail: [{ loc: ['body', 'smtp_password', SMTP_PASSWORD], msg: echo, type: `value_error.${IMAP_PASSWORD}`, input: SMTP_PASSWORD }] } },
      { kind: 'status', status: 409, method: 'POST', path: '/sender-accounts/smtp', times: 1, body: { detail: echo } },
      { kind: 'status', status: 401, method: 'GET', path: '/campaigns', times: 1, body: { detail: echo } },
      { kind: 'status', status: 418, method: 'GET', path: '/campaigns', times: 1, body: echo, headers: { 'X-Request-ID': KEY } }
    )
    expect(await fail('senders.create', sender)).toMatchObject({ kind: 'business', status: 400 })
    expect(await fail('senders.create', sender)).toMatchObject({ kind: 'validation', status: 422 })
    expect(await fail('senders.create', sender)).toMatchObject({ kind: 'conflict', status: 409 })
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'auth', status: 401 })
    expect(await fail('campaigns.list', {})).toMatchObject({ status: 418 })
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/sender-accounts', times: 3, headers: { 'X-Request-ID': SMTP_PASSWORD } })
    expect(await fail('senders.list', {})).toMatchObject({ kind: 'unavailable', status: 503, attempts: 3, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) })
  })

  it('429 from the server with and without Retry-After, and from the client budget', async () => {
    for (const sendRetryAfter of [true, false]) {
      sandbox.faults.push({ kind: 'rate_limit', method: 'GET', path: '/campaigns', times: 1, retryAfter: 30, sendRetryAfter })
      expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 1, retryAt: expect.any(String) })
      // The budget learnt the window is spent: the next interactive call is refused before anything is sent.
      const refused = await fail('campaigns.list', {})
      expect(refused).toMatchObject({ kind: 'rate_limited', attempts: 0, retryAt: expect.any(String) })
      expect(refused.status).toBeUndefined()
      await freshClient()
    }
  })

  it('5xx storms (GET retried, POST not), an HTML 502, resets, timeouts and an oversized body', async () => {
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 3 })
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'unavailable', status: 503, attempts: 3 })
    sandbox.faults.push({ kind: 'status', status: 500, method: 'GET', path: '/campaigns/*', times: 3 })
    expect(await fail('campaigns.get', { campaign_id: UNKNOWN_ID })).toMatchObject({ kind: 'server', status: 500, attempts: 3 })
    sandbox.faults.push({ kind: 'status', status: 503, method: 'POST', path: '/campaigns', times: 1 })
    expect(await fail('campaigns.create', { name: 'Never retried 503 canary' })).toMatchObject({ status: 503, attempts: 1 })
    sandbox.faults.push({ kind: 'status', status: 500, method: 'POST', path: '/campaigns/*/leads/manual', times: 1 })
    expect(await fail('leads.add', { campaign_id: UNKNOWN_ID, email: 'storm@prospect.example' })).toMatchObject({ status: 500, attempts: 1 })

    sandbox.faults.push({ kind: 'html_502', method: 'GET', path: '/sender-accounts', times: 3 })
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/sender-accounts', times: 3, headers: { 'X-Request-ID': SMTP_PASSWORD } })
    expect(await fail('senders.list', {})).toMatchObject({ status: 502, attempts: 3 })

    sandbox.faults.push({ kind: 'reset', method: 'GET', path: '/campaigns', times: 3 })
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'network', attempts: 3 })
    sandbox.faults.push({ kind: 'reset', method: 'POST', path: '/campaigns', times: 1 })
    expect(await fail('campaigns.create', { name: 'Reset canary campaign' })).toMatchObject({ kind: 'unknown_outcome', reconciliation: 'not_applied' })

    sandbox.faults.push({ kind: 'delay', method: 'GET', path: '/campaigns', times: 3, ms: 2500 })
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'timeout', attempts: 3 })
    sandbox.faults.push({ kind: 'delay', method: 'POST', path: '/campaigns', times: 1, ms: 2500 })
    expect(await fail('campaigns.create', { name: 'Timed out canary campaign' })).toMatchObject({ kind: 'unknown_outcome', reconciliation: 'unverified' })

    sandbox.faults.push({ kind: 'oversized', method: 'GET', path: '/campaigns', times: 1, bytes: 2 * 1024 * 1024, status: 200 })
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'server', guidance: 'report-bug' })
    sandbox.faults.push({ kind: 'oversized', method: 'GET', path: '/sender-accounts', times: 3, bytes: 1024 * 1024, status: 503 })
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/sender-accounts', times: 3, headers: { 'X-Request-ID': SMTP_PASSWORD } })
    expect(await fail('senders.list', {})).toMatchObject({ kind: 'unavailable', status: 503, attempts: 3 })
  })

  it('commit then drop on campaigns.create: adopted when found, unknown_outcome when it cannot be told apart', async () => {
    sandbox.faults.push({ kind: 'commit_then_drop', method: 'POST', path: '/campaigns', times: 1 })
    expect(await booted.call('campaigns.create', { name: 'Canary lost answer campaign' })).toMatchObject({ name: 'Canary lost answer campaign', status: 'DRAFT' })
    const twin = 'Canary twin campaign'
    for (let i = 0; i < 2; i++) await booted.call('campaigns.create', { name: twin })
    sandbox.faults.push({ kind: 'commit_then_drop', method: 'POST', path: '/campaigns', times: 1 })
    expect(await fail('campaigns.create', { name: twin })).toMatchObject({ kind: 'unknown_outcome', reconciliation: 'unverified', guidance: 'check-before-resending' })
  })

  it('the canaries are in no log line, envelope, event or file; every failure is in the error log, whose export is clean too', async () => {
    const kinds = new Set(failures.map((f) => f.kind))
    expect([...kinds].sort()).toEqual(['auth', 'business', 'conflict', 'forbidden', 'not_found', 'rate_limited', 'server', 'timeout',
      'unavailable', 'unknown_outcome', 'validation', 'network'].sort())
    expect(booted.events.length).toBeGreaterThan(0)
    expect(booted.lines.length).toBeGreaterThan(0)

    const page = await booted.call<ErrorLogPage>('errorLog.query', { limit: 500 })
    expect(page.total).toBeGreaterThanOrEqual(failures.length)
    const logged = new Set(page.records.map((r) => `${r.operation} ${r.kind}`))
    for (const f of failures) expect(logged, `${f.operation} ${f.kind}`).toContain(`${f.operation} ${f.kind}`)
    const exported = await booted.call<ErrorLogExport>('errorLog.export', {})
    expect(exported.count).toBe(page.total)
    expect(leaks(exported.text)).toEqual([])

    expectNowhere(booted)
  })

  it('the key is persisted: after a restart the profile still has it and calls work; the files are still clean', async () => {
    const dataDir = booted.dataDir
    await booted.close()
    earlier.lines.push(...booted.lines)
    earlier.envelopes.push(...booted.envelopes)
    earlier.events.push(...booted.events)
    booted = await bootTunedCore({ dataDir, clients: CLIENTS })
    const list = await booted.call<ProfileList>('profiles.list')
    expect(list.activeId).toBe(profileId)
    expect(list.profiles.find((p) => p.id === profileId)?.key).toEqual({ configured: true, last4: KEY.slice(-4), backend: 'weak-file' })
    expect((await booted.call<{ pagination: { total: number } }>('campaigns.list', { limit: 1 })).pagination.total).toBeGreaterThan(0)
    expect(await booted.call('profiles.test', { id: profileId })).toMatchObject({ status: 'ok' })
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 3 })
    expect(await fail('campaigns.list', {})).toMatchObject({ kind: 'unavailable', attempts: 3 })
    expect((await booted.call<ErrorLogPage>('errorLog.query', { limit: 1 })).total).toBeGreaterThanOrEqual(failures.length)
    expectNowhere(booted)
  })

  function expectNowhere(core: TunedCore): void {
    expect(leaks([...earlier.lines, ...core.lines].join('\n')), 'log lines').toEqual([])
    expect(leaks([...earlier.envelopes, ...core.envelopes].join('\n')), 'envelopes').toEqual([])
    expect(leaks(JSON.stringify(failures)), 'errors').toEqual([])
    expect(leaks([...earlier.events, ...core.events].join('\n')), 'events').toEqual([])
    const files = readAllBytes(core.dataDir)
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([join(core.dataDir, 'settings.json')]))
    expect(files.some((f) => f.file.includes(`${join(core.dataDir, 'logs')}`))).toBe(true)
    for (const { file, bytes } of files) {
      expect(leaks(bytes.toString('latin1')), file).toEqual([])
      expect(leaks(bytes.toString('utf8')), file).toEqual([])
      expect(leaks(bytes.toString('utf16le')), file).toEqual([])
    }
  }
})

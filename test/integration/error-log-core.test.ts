import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import { ErrorLogRecordSchema, type ErrorLogExport, type ErrorLogPage, type ErrorLogRecord } from '../../src/shared/contract/error-log'
import type { ProfileView } from '../../src/shared/contract/profiles'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { bootTunedCore, type TunedBootOptions, type TunedCore } from '../support/boot-tuned-core'

/*
 * The durable error log, fed by the core itself: every failed operation (and only those) becomes a
 * record with its request context; the viewer's query filters work; the log answers with the server
 * gone and no key; and its records survive a restart.
 */

const UNKNOWN_ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
const PROFILE_NAME = 'Error log QA'
const CLIENTS: TunedBootOptions['clients'] = {
  retryBudget: { capacity: 1000 },
  client: { retryPolicies: { interactive: { baseDelayMs: 10, maxDelayMs: 50, attemptTimeoutMs: 3000 } } }
}

describe('the error log through the core', () => {
  let sandbox: SandboxHandle
  let booted: TunedCore
  let profile: ProfileView
  let campaignId: string
  const failed: Record<string, AppError> = {}

  const fail = async (label: string, op: string, input: unknown): Promise<AppError> => {
    const result = await booted.invoke(op, input)
    if (result.ok) throw new Error(`${op} unexpectedly succeeded`)
    failed[label] = result.error
    return result.error
  }
  const query = (input: Record<string, unknown> = {}) => booted.call<ErrorLogPage>('errorLog.query', input)
  /** The one record carrying this error's request id. */
  const recordOf = async (error: AppError): Promise<ErrorLogRecord> => {
    const page = await query({ text: error.requestId! })
    expect(page.records, `record for ${error.operation} ${error.kind}`).toHaveLength(1)
    return page.records[0]!
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ dataDir: null, faults: true, rateLimit: { perMinute: 100_000, perHour: 1_000_000 } })
    booted = await bootTunedCore({ embeddedSandbox: false, clients: CLIENTS })
  })
  afterAll(async () => {
    await booted?.close()
    await sandbox?.close()
  })

  it('records nothing for successful operations', async () => {
    const key = sandbox.issueKey({ scopes: ['*'], name: 'error-log-core' })
    profile = await booted.call<ProfileView>('profiles.save', { name: PROFILE_NAME, baseUrl: sandbox.baseUrl, apiKey: key })
    await booted.call('profiles.activate', { id: profile.id })
    await booted.call('campaigns.list', { limit: 2 })
    campaignId = (await booted.call<{ campaign_id: string }>('campaigns.create', { name: 'Error log target campaign' })).campaign_id
    await booted.call('leads.add', { campaign_id: campaignId, email: 'once@prospect.example' })
    await booted.call('profiles.list')
    expect(await query()).toMatchObject({ records: [], total: 0, nextCursor: null, skippedLines: 0, quarantinedFiles: [] })
  })

  it('records each failed operation with its operation, method, path template, status, kind, request id, attempts, duration, profile and guidance', async () => {
    await fail('notFound', 'campaigns.get', { campaign_id: UNKNOWN_ID })
    await fail('serverValidation', 'campaigns.create', { name: 'Q4 tw' })
    sandbox.faults.push({ kind: 'status', status: 503, method: 'GET', path: '/campaigns', times: 3 })
    await fail('storm', 'campaigns.list', {})
    await fail('clientValidation', 'campaigns.create', {})
    await fail('conflict', 'leads.add', { campaign_id: campaignId, email: 'once@prospect.example' })
    await booted.call('campaigns.list', { limit: 1 })

    const page = await query()
    expect(page.total).toBe(5)
    expect(page.records.map((r) => r.operation)).toEqual(['leads.add', 'campaigns.create', 'campaigns.list', 'campaigns.create', 'campaigns.get'])
    const who = { profileId: profile.id, profileName: PROFILE_NAME }

    expect(await recordOf(failed.notFound!)).toEqual({
      v: 1, id: expect.any(String), time: failed.notFound!.timestamp, ...who,
      operation: 'campaigns.get', method: 'GET', path: '/campaigns/{campaign_id}', status: 404, kind: 'not_found',
      message: failed.notFound!.message, requestId: failed.notFound!.requestId, attempts: 1, durationMs: expect.any(Number), guidance: 'refresh-list',
      extra: { campaign_id: UNKNOWN_ID }
    })
    // The envelope's error names its record, so a notice can link straight to it.
    for (const error of Object.values(failed)) expect(page.records.map((r) => r.id)).toContain(error.logId)
    expect((await recordOf(failed.conflict!)).extra).toEqual({ campaign_id: campaignId })
    expect((await recordOf(failed.serverValidation!)).extra).toBeUndefined()
    expect(await recordOf(failed.serverValidation!)).toMatchObject({
      ...who, operation: 'campaigns.create', method: 'POST', path: '/campaigns', status: 422, kind: 'validation', attempts: 1, guidance: 'fix-fields',
      issues: [{ loc: ['body', 'name'], path: 'name', msg: 'ensure this value has at least 8 characters' }]
    })
    const storm = await recordOf(failed.storm!)
    expect(storm).toMatchObject({ ...who, operation: 'campaigns.list', method: 'GET', path: '/campaigns', status: 503, kind: 'unavailable', attempts: 3, guidance: 'retry-later' })
    expect(storm.durationMs).toBeGreaterThan(0)
    expect(await recordOf(failed.conflict!)).toMatchObject({
      ...who, operation: 'leads.add', method: 'POST', path: '/campaigns/{campaign_id}/leads/manual', status: 409, kind: 'conflict', guidance: 'resolve-conflict',
      detail: expect.stringContaining('already exists')
    })
    // Refused before sending: no request id, no status, zero attempts; the contract still names method and path.
    const client = page.records.find((r) => r.operation === 'campaigns.create' && r.status === undefined)!
    expect(client).toMatchObject({ ...who, method: 'POST', path: '/campaigns', kind: 'validation', attempts: 0, guidance: 'fix-fields' })
    expect(client.requestId).toBeUndefined()

    for (const r of page.records) {
      expect(ErrorLogRecordSchema.parse(r)).toEqual(r)
      expect(r.path).not.toContain(campaignId)
      expect(r.path).not.toContain(UNKNOWN_ID)
    }
  })

  it('filters by kind, status, operation and full text, and pages with a cursor', async () => {
    const ops = async (input: Record<string, unknown>) => (await query(input)).records.map((r) => `${r.operation} ${r.kind} ${r.status ?? '-'}`)
    expect(await ops({ kind: 'validation' })).toEqual(['campaigns.create validation -', 'campaigns.create validation 422'])
    expect(await ops({ kind: ['not_found', 'conflict'] })).toEqual(['leads.add conflict 409', 'campaigns.get not_found 404'])
    expect(await ops({ status: 503 })).toEqual(['campaigns.list unavailable 503'])
    expect(await ops({ status: [404, 422] })).toEqual(['campaigns.create validation 422', 'campaigns.get not_found 404'])
    expect(await ops({ operation: 'campaigns.create' })).toEqual(['campaigns.create validation -', 'campaigns.create validation 422'])
    expect(await ops({ operation: 'campaigns.create', status: 422 })).toEqual(['campaigns.create validation 422'])
    expect(await ops({ operation: 'analytics.timeline' })).toEqual([])
    // Full text: server wording inside issues and detail, case-insensitively; a request id; the profile name.
    expect(await ops({ text: 'AT LEAST 8 CHARACTERS' })).toEqual(['campaigns.create validation 422'])
    expect(await ops({ text: 'once@prospect.example' })).toEqual(['leads.add conflict 409'])
    expect(await ops({ text: failed.storm!.requestId! })).toEqual(['campaigns.list unavailable 503'])
    expect((await query({ text: PROFILE_NAME.toLowerCase() })).total).toBe(5)
    expect((await query({ text: 'nothing like this was ever logged' })).total).toBe(0)
    expect((await query({ profileId: profile.id })).total).toBe(5)
    expect((await query({ from: new Date(Date.now() + 60_000).toISOString() })).total).toBe(0)

    const seen: string[] = []
    let cursor: string | null | undefined
    do {
      const page = await query({ limit: 2, ...(cursor ? { cursor } : {}) })
      expect(page.total).toBe(5)
      seen.push(...page.records.map((r) => r.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual((await query()).records.map((r) => r.id))

    const exported = await booted.call<ErrorLogExport>('errorLog.export', { kind: 'validation' })
    expect(exported.count).toBe(2)
    expect(exported.text.trim().split('\n').map((l) => ErrorLogRecordSchema.parse(JSON.parse(l)).operation)).toEqual(['campaigns.create', 'campaigns.create'])

    // The error log's own failures are not logged.
    expect((await booted.invoke('errorLog.query', { limit: 0 })).ok).toBe(false)
    expect((await query()).total).toBe(5)
  })

  it('answers with the server gone and the profile (and its key) removed', async () => {
    await sandbox.close()
    const offline = await fail('offline', 'campaigns.list', {})
    expect(offline).toMatchObject({ kind: 'network', attempts: 3 })
    await booted.call('profiles.remove', { id: profile.id, nextActiveId: null })
    expect((await booted.call<{ profiles: unknown[] }>('profiles.list')).profiles).toEqual([])

    const page = await query()
    expect(page.total).toBe(6)
    expect(page.records[0]).toMatchObject({ operation: 'campaigns.list', kind: 'network', method: 'GET', path: '/campaigns', profileName: PROFILE_NAME, attempts: 3 })
    expect((await query({ kind: 'network' })).total).toBe(1)
    expect((await booted.call<ErrorLogExport>('errorLog.export', {})).count).toBe(6)

    // With no profile at all, a failure is still recorded (without profile fields).
    await fail('noProfile', 'campaigns.get', { campaign_id: UNKNOWN_ID })
    const latest = (await query({ limit: 1 })).records[0]!
    expect(latest).toMatchObject({ operation: 'campaigns.get', kind: 'config', guidance: 'choose-profile' })
    expect(latest.profileId).toBeUndefined()
  })

  it('keeps every record across close and re-boot', async () => {
    const before = await query({ limit: 500 })
    expect(before.total).toBe(7)
    const dataDir = booted.dataDir
    await booted.close()
    booted = await bootTunedCore({ dataDir, embeddedSandbox: false, clients: CLIENTS })
    const after = await query({ limit: 500 })
    expect(after).toEqual(before)
    expect((await query({ kind: 'validation' })).total).toBe(2)
    await fail('afterReboot', 'campaigns.create', {})
    const again = await query({ limit: 500 })
    expect(again.total).toBe(8)
    expect(again.records.slice(1)).toEqual(before.records)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorLogExport, ErrorLogGroups, ErrorLogInfo, ErrorLogPage, ErrorLogRecord } from '../../../src/shared/contract/error-log'
import type { ProfileView } from '../../../src/shared/contract/profiles'
import { bootTunedCore, readAllBytes, type TunedCore } from '../../support/boot-tuned-core'
import { startEchoServer, type EchoServer } from '../../support/echo-server'

/*
 * The viewer's new operations through a booted core: reachable over the dispatcher, not_found for an
 * unknown record, and never a way for a secret back out. The canary key is sent to a server that
 * echoes it into every error it answers, so it reaches the error log through real failures.
 */

const KEY = `cs_live_CANARYelcore${'q7Rk2Xw9'.repeat(4).slice(0, 26)}`
const NEEDLES = [KEY, KEY.replace(/^cs_live_/, ''), Buffer.from(KEY).toString('base64')]
const leaks = (text: string) => NEEDLES.filter((n) => text.includes(n))

describe('error log operations through the booted core', () => {
  let echo: EchoServer
  let booted: TunedCore

  beforeAll(async () => {
    echo = await startEchoServer()
    booted = await bootTunedCore({ embeddedSandbox: false, clients: { retryBudget: { capacity: 1000 } } })
    const profile = await booted.call<ProfileView>('profiles.save', { name: 'Echo', baseUrl: echo.baseUrl, apiKey: KEY })
    await booted.call('profiles.activate', { id: profile.id })
    for (const [op, input] of [
      ['campaigns.create', { name: 'Canary campaign' }],
      ['campaigns.get', { campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' }],
      ['campaigns.get', { campaign_id: '11111111-2222-4333-8444-555555555555' }],
      ['campaigns.list', { limit: 1 }]
    ] as const) {
      expect((await booted.invoke(op, input)).ok, op).toBe(false)
    }
  })
  afterAll(async () => {
    await booted?.close()
    await echo?.close()
  })

  it('answers get, groups, info and export from the log, with no secret in any of them', async () => {
    const page = await booted.call<ErrorLogPage>('errorLog.query', { limit: 50 })
    expect(page.total).toBe(4)
    const records = await Promise.all(page.records.map((r) => booted.call<ErrorLogRecord>('errorLog.get', { id: r.id })))
    expect(records).toEqual(page.records)
    const groups = await booted.call<ErrorLogGroups>('errorLog.groups', {})
    expect(groups.totalRecords).toBe(4)
    // the two lookups of different campaigns are one issue
    expect(groups.groups.find((g) => g.operation === 'campaigns.get')).toMatchObject({ count: 2, profiles: ['Echo'] })
    expect(groups.totalGroups).toBe(3)
    const members = await booted.call<ErrorLogPage>('errorLog.query', { fingerprint: groups.groups.find((g) => g.operation === 'campaigns.get')!.fingerprint })
    expect(members.total).toBe(2)
    const exported = await booted.call<ErrorLogExport>('errorLog.export', { statusClass: '4xx' })
    expect(exported.count).toBe(4)
    const info = await booted.call<ErrorLogInfo>('errorLog.info', {})
    expect(info).toMatchObject({ records: 4, files: 1, maxFiles: 10, maxFileBytes: 5 * 1024 * 1024, imported: 0 })
    expect(info.bytes).toBeGreaterThan(0)
    // the key was really in what the server said, and never in what the log gives back
    expect(echo.requests.length).toBeGreaterThanOrEqual(4)
    expect(leaks(JSON.stringify([page, records, groups, exported, info]))).toEqual([])
    expect(leaks(booted.envelopes.join('\n'))).toEqual([])
    expect(readAllBytes(booted.dataDir).filter((f) => leaks(f.bytes.toString('latin1')).length > 0).map((f) => f.file)).toEqual([])
    // and the echo did reach the log: where the server named the key, the record says [redacted]
    expect(JSON.stringify(records)).toContain('[redacted]')
  })

  it('answers not_found for an unknown record, and records no error of its own', async () => {
    const result = await booted.invoke('errorLog.get', { id: 'no-such-record' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'not_found', operation: 'errorLog.get' })
    expect((await booted.invoke('errorLog.get', { id: 'x', source: 'remote' })).ok).toBe(false)
    expect((await booted.call<ErrorLogPage>('errorLog.query', {})).total).toBe(4)
  })

  it('imports an export into the read-only view, then clears the view and the local log', async () => {
    const exported = await booted.call<ErrorLogExport>('errorLog.export', {})
    await booted.call('errorLog.import', { text: exported.text })
    const imported = await booted.call<ErrorLogPage>('errorLog.query', { source: 'imported' })
    expect(await booted.call('errorLog.get', { id: imported.records[0]!.id, source: 'imported' })).toEqual(imported.records[0])
    // the same file as bytes (how the renderer sends it), with a line that is not UTF-8: counted and skipped
    const bytes = new Uint8Array([...new TextEncoder().encode(exported.text), 0xff, 0xfe, 0x0a])
    expect(await booted.call('errorLog.import', { bytes })).toEqual({ imported: 4, skipped: 1 })
    expect((await booted.invoke('errorLog.import', { bytes, text: exported.text })).ok).toBe(false)
    expect((await booted.invoke('errorLog.import', {})).ok).toBe(false)
    expect(await booted.call('errorLog.clear', { source: 'imported' })).toEqual({ cleared: 4 })
    expect(await booted.call('errorLog.clear', {})).toEqual({ cleared: 4 })
    expect(await booted.call<ErrorLogInfo>('errorLog.info', {})).toMatchObject({ records: 0, files: 0, bytes: 0, oldest: null, imported: 0 })
    expect((await booted.invoke('campaigns.get', { campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' })).ok).toBe(false)
    await new Promise((r) => setTimeout(r, 50))
    expect((await booted.call<ErrorLogPage>('errorLog.query', {})).records.map((r) => r.operation)).toEqual(['campaigns.get'])
  })
})

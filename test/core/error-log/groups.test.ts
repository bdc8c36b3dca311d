import { afterAll, describe, expect, it } from 'vitest'
import type { ErrorLogInput } from '../../../src/main/core/error-log'
import { ErrorLogGroupsSchema, type ErrorLogRecord } from '../../../src/shared/contract/error-log'
import { cleanupDirs, makeLog, sample } from './helpers'

afterAll(cleanupDirs)

const base = Date.parse('2026-06-01T00:00:00.000Z')
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString()

/** Same failure, different ids / e-mails / numbers; plus other operations, kinds and statuses. */
const rows: Partial<ErrorLogInput>[] = [
  { time: at(0), operation: 'campaigns.get', kind: 'not_found', status: 404, profileName: 'Production', detail: 'Campaign 3c90c3cc-0d44-4b50-8888-8dd25736052a not found' },
  { time: at(10), operation: 'leads.add', kind: 'conflict', status: 409, profileName: 'Production', detail: 'Lead ann@prospect.example already exists' },
  { time: at(20), operation: 'campaigns.get', kind: 'not_found', status: 404, profileName: 'Staging', detail: 'Campaign 11111111-2222-4333-8444-555555555555 not found' },
  { time: at(30), operation: 'leads.add', kind: 'conflict', status: 409, profileName: 'Staging', detail: 'Lead bob@prospect.example already exists' },
  { time: at(40), operation: 'leads.get', kind: 'not_found', status: 404, detail: 'Campaign 3c90c3cc-0d44-4b50-8888-8dd25736052a not found' },
  { time: at(50), operation: 'campaigns.list', kind: 'network', status: undefined, message: 'Could not reach api.example.com' },
  { time: at(60), operation: 'campaigns.get', kind: 'not_found', status: 404, profileName: 'Production', detail: 'Campaign aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee not found' },
  { time: at(70), operation: 'campaigns.list', kind: 'server', status: 500, message: 'ColdSend had an internal error.' },
  { time: at(80), operation: 'campaigns.launch', kind: 'business', status: 400, detail: 'Campaign 7 needs leads', extra: { code: 'launch_requirements_missing' } },
  { time: at(90), operation: 'campaigns.launch', kind: 'business', status: 400, detail: 'Campaign 12 needs leads', extra: { code: 'launch_requirements_missing' } }
]

async function filled() {
  const made = makeLog({ maxFileBytes: 1500, maxFiles: 20 })
  await Promise.all(rows.map((o) => made.log.append(sample({ requestId: undefined, ...o })).acknowledged))
  return made
}

describe('errorLog groups', () => {
  it('folds the same failure with different ids and e-mails into one group, keeps operations apart, newest group first', async () => {
    const { log } = await filled()
    const result = await log.groups({ buckets: 10 })
    expect(ErrorLogGroupsSchema.safeParse(result).success).toBe(true)
    expect(result.totalRecords).toBe(10)
    expect(result.totalGroups).toBe(6)
    expect(result.groups.map((g) => [g.operation, g.count])).toEqual([
      ['campaigns.launch', 2], ['campaigns.list', 1], ['campaigns.get', 3], ['campaigns.list', 1], ['leads.get', 1], ['leads.add', 2]
    ])
    const get = result.groups.find((g) => g.operation === 'campaigns.get')!
    expect(get).toMatchObject({ kind: 'not_found', status: 404, title: 'Campaign <uuid> not found', firstSeen: at(0), lastSeen: at(60), profiles: ['Production', 'Staging'] })
    const latest = (await log.query({ limit: 1, operation: 'campaigns.get' })).records[0]!
    expect(get.latestId).toBe(latest.id)
    expect(result.groups.find((g) => g.operation === 'leads.add')?.title).toBe('Lead <email> already exists')
    // a business code groups different wording under one rule
    expect(result.groups[0]).toMatchObject({ kind: 'business', count: 2 })
    await log.close()
  })

  it('sparkline buckets span the matches (or the filter range) and sum to each count', async () => {
    const { log } = await filled()
    const result = await log.groups({ buckets: 10 })
    expect(result.range).toEqual({ from: at(0), to: at(90) })
    for (const g of result.groups) {
      expect(g.buckets).toHaveLength(10)
      expect(g.buckets.reduce((a, b) => a + b, 0)).toBe(g.count)
    }
    // campaigns.get at minutes 0, 20, 60 of a 90-minute span in 10 slices: slices 0, 2, 6
    expect(result.groups.find((g) => g.operation === 'campaigns.get')?.buckets).toEqual([1, 0, 1, 0, 0, 0, 1, 0, 0, 0])
    const ranged = await log.groups({ from: at(0), to: at(399), buckets: 4 })
    expect(ranged.range).toEqual({ from: at(0), to: at(399) })
    expect(ranged.groups.find((g) => g.operation === 'campaigns.get')?.buckets).toEqual([3, 0, 0, 0])
    await log.close()
  })

  it('counts per kind over every match, and pages groups with limit/offset', async () => {
    const { log } = await filled()
    const first = await log.groups({ limit: 2 })
    expect(first.kinds).toEqual({ not_found: 4, conflict: 2, network: 1, server: 1, business: 2 })
    expect(first.groups).toHaveLength(2)
    expect(first.totalGroups).toBe(6)
    const rest = await log.groups({ limit: 10, offset: 2 })
    expect(rest.groups).toHaveLength(4)
    expect(rest.kinds).toEqual(first.kinds)
    expect(new Set([...first.groups, ...rest.groups].map((g) => g.fingerprint)).size).toBe(6)
    await log.close()
  })

  it('stays right as the log grows after a groups call (computed values reused, new records added)', async () => {
    const { log } = await filled()
    const before = await log.groups()
    const get = before.groups.find((g) => g.operation === 'campaigns.get')!
    await log.append(sample({ time: at(100), operation: 'campaigns.get', kind: 'not_found', status: 404, profileName: 'EU', detail: 'Campaign 99999999-2222-4333-8444-555555555555 not found' })).acknowledged
    await log.append(sample({ time: at(5), operation: 'leads.get', kind: 'server', status: 502, message: 'Bad gateway 7' })).acknowledged
    const after = await log.groups()
    expect(after.totalRecords).toBe(12)
    expect(after.groups[0]).toMatchObject({ fingerprint: get.fingerprint, count: 4, lastSeen: at(100), profiles: ['EU', 'Production', 'Staging'] })
    expect(after.groups.find((g) => g.operation === 'leads.get' && g.kind === 'server')).toMatchObject({ count: 1, firstSeen: at(5), title: 'Bad gateway <n>' })
    // written out of time order, still read newest first
    expect((await log.query({ limit: 500 })).records.at(-2)?.time).toBe(at(5))
    expect((await log.query({ fingerprint: get.fingerprint })).total).toBe(4)
    await log.close()
  })

  it('answers an empty page with null range when nothing matches', async () => {
    const { log } = await filled()
    expect(await log.groups({ kind: 'auth' })).toMatchObject({ groups: [], totalGroups: 0, totalRecords: 0, kinds: {}, range: { from: null, to: null } })
    await log.close()
  })
})

describe('statusClass and fingerprint filters', () => {
  it('work the same in query, export and groups', async () => {
    const { log } = await filled()
    const ops = (records: ErrorLogRecord[]) => records.map((r) => r.operation).sort()
    const q4 = await log.query({ statusClass: '4xx', limit: 500 })
    expect(q4.total).toBe(8)
    expect(q4.records.every((r) => r.status! >= 400 && r.status! < 500)).toBe(true)
    expect((await log.query({ statusClass: '5xx' })).records.map((r) => r.status)).toEqual([500])
    expect(ops((await log.query({ statusClass: 'none' })).records)).toEqual(['campaigns.list'])
    expect((await log.query({ statusClass: ['none', '5xx'] })).total).toBe(2)
    expect((await log.export({ statusClass: '4xx' })).count).toBe(8)
    expect((await log.groups({ statusClass: '5xx' })).totalRecords).toBe(1)
    // combined with kind, as the viewer does
    expect((await log.query({ statusClass: '4xx', kind: 'conflict' })).total).toBe(2)

    const groups = await log.groups()
    const get = groups.groups.find((g) => g.operation === 'campaigns.get')!
    const members = await log.query({ fingerprint: get.fingerprint })
    expect(members.total).toBe(3)
    expect(members.records.map((r) => r.time)).toEqual([at(60), at(20), at(0)])
    const exported = await log.export({ fingerprint: get.fingerprint })
    expect(exported.count).toBe(3)
    expect(exported.text).toContain('3c90c3cc-0d44-4b50-8888-8dd25736052a')
    expect(exported.text).not.toContain('ann@prospect.example')
    const one = await log.groups({ fingerprint: get.fingerprint })
    expect(one.groups.map((g) => g.fingerprint)).toEqual([get.fingerprint])
    expect(one.totalRecords).toBe(3)
    expect((await log.query({ fingerprint: '0000000000000000' })).total).toBe(0)
    await log.close()
  })

  it('work on the imported view too', async () => {
    const { log: sender } = await filled()
    const text = (await sender.export()).text
    await sender.close()
    const { log } = makeLog()
    log.import(text)
    expect((await log.query({ source: 'imported', statusClass: '4xx' })).total).toBe(8)
    const local = await log.groups({ source: 'imported' })
    expect(local.totalGroups).toBe(6)
    expect((await log.query({ source: 'imported', fingerprint: local.groups[0]!.fingerprint })).total).toBe(local.groups[0]!.count)
    await log.close()
  })
})

import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ErrorLogInput } from '../../../src/main/core/error-log'
import { cleanupDirs, makeLog, sample } from './helpers'

afterAll(cleanupDirs)

const generations = (dir: string) => readdirSync(dir).filter((n) => /^errors(\.\d+)?\.jsonl$/.test(n)).sort()

/** Appends in order, with times one second apart starting at 2026-05-01T00:00:00Z. */
async function fill(log: { append(i: ErrorLogInput): { acknowledged: Promise<void> } }, inputs: Partial<ErrorLogInput>[]) {
  const base = Date.parse('2026-05-01T00:00:00.000Z')
  await Promise.all(inputs.map((o, i) => log.append(sample({ time: new Date(base + i * 1000).toISOString(), ...o })).acknowledged))
}

describe('rotation', () => {
  it('caps each file, keeps maxFiles generations and drops the oldest records', async () => {
    const { log, logDir } = makeLog({ maxFileBytes: 2000, maxFiles: 3 })
    await fill(log, Array.from({ length: 60 }, (_, i) => ({ message: `r${i}` })))
    expect(generations(logDir)).toEqual(['errors.1.jsonl', 'errors.2.jsonl', 'errors.jsonl'])
    for (const name of generations(logDir)) expect(statSync(join(logDir, name)).size).toBeLessThanOrEqual(2000)
    const page = await log.query({ limit: 500 })
    expect(page.total).toBeGreaterThan(10)
    expect(page.total).toBeLessThan(60)
    const kept = page.records.map((r) => Number(r.message.slice(1)))
    // newest first, contiguous, ending at the last record written
    expect(kept[0]).toBe(59)
    expect(kept).toEqual([...kept].sort((a, b) => b - a))
    expect(kept.at(-1)).toBe(60 - page.total)
    await log.close()
  })

  it('writes a record bigger than the cap into a file of its own', async () => {
    const { log, logDir } = makeLog({ maxFileBytes: 300, maxFiles: 4 })
    await fill(log, [{ message: 'a' }, { message: 'b'.repeat(1500) }, { message: 'c' }])
    expect(generations(logDir)).toHaveLength(3)
    expect((await log.query()).records.map((r) => r.message[0])).toEqual(['c', 'b', 'a'])
    await log.close()
  })

  it('reads only live records while rotation keeps deleting files under a warm cache (no stale inode is reused)', async () => {
    const { log } = makeLog({ maxFileBytes: 1500, maxFiles: 2 })
    let written = 0
    for (let round = 0; round < 25; round += 1) {
      const batch = 3 + (round % 5)
      await Promise.all(Array.from({ length: batch }, () => log.append(sample({ message: `n${written++}` })).acknowledged))
      const page = await log.query({ limit: 500 })
      const kept = page.records.map((r) => Number(r.message.slice(1)))
      expect(page.skippedLines).toBe(0)
      expect(kept[0]).toBe(written - 1)
      // newest first and contiguous: nothing from a deleted file, nothing twice
      expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => written - 1 - i))
      expect((await log.info()).records).toBe(page.total)
    }
    await log.close()
  })

  it('keeps a single file when maxFiles is 1', async () => {
    const { log, logDir } = makeLog({ maxFileBytes: 1000, maxFiles: 1 })
    await fill(log, Array.from({ length: 20 }, (_, i) => ({ message: `r${i}` })))
    expect(generations(logDir)).toEqual(['errors.jsonl'])
    expect((await log.query()).records[0]?.message).toBe('r19')
    await log.close()
  })
})

describe('query', () => {
  const rows: Partial<ErrorLogInput>[] = [
    { operation: 'campaigns.create', kind: 'validation', status: 422, profileId: 'p1', message: 'Some fields need fixing.', issues: [{ loc: ['body', 'variants', 1, 'email_content'], path: 'variants.1.email_content', msg: 'Field required' }] },
    { operation: 'campaigns.list', kind: 'rate_limited', status: 429, profileId: 'p1', message: 'Rate limited', requestId: 'REQ-ABC-123' },
    { operation: 'campaigns.get', kind: 'not_found', status: 404, profileId: 'p2', message: 'No such campaign', detail: 'Campaign Not Found' },
    { operation: 'senderAccounts.create', kind: 'conflict', status: 409, profileId: 'p2', message: 'Inbox exists', extra: { reconciliation: 'found-existing' } },
    { operation: 'campaigns.list', kind: 'network', status: undefined, profileId: 'p1', message: 'Could not reach api.example.com' },
    { operation: 'campaigns.list', kind: 'server', status: 500, profileId: 'p3', profileName: 'Staging', message: 'ColdSend had an internal error.' }
  ]

  async function seeded(maxFileBytes = 700) {
    const made = makeLog({ maxFileBytes, maxFiles: 10 })
    await fill(made.log, rows)
    return made
  }

  it('reads across rotated files, newest first, with the total', async () => {
    const { log, logDir } = await seeded()
    expect(generations(logDir).length).toBeGreaterThan(2)
    const page = await log.query()
    expect(page.total).toBe(6)
    expect(page.records.map((r) => r.kind)).toEqual(['server', 'network', 'conflict', 'not_found', 'rate_limited', 'validation'])
    expect(page.skippedLines).toBe(0)
    await log.close()
  })

  it('filters by status (one or a list), kind, operation and profile', async () => {
    const { log } = await seeded()
    expect((await log.query({ status: 404 })).records.map((r) => r.kind)).toEqual(['not_found'])
    expect((await log.query({ status: [422, 500] })).records.map((r) => r.status)).toEqual([500, 422])
    expect((await log.query({ kind: ['network', 'conflict'] })).total).toBe(2)
    expect((await log.query({ operation: 'campaigns.list' })).total).toBe(3)
    expect((await log.query({ profileId: 'p2' })).records.map((r) => r.operation)).toEqual(['senderAccounts.create', 'campaigns.get'])
    expect((await log.query({ operation: 'campaigns.list', profileId: 'p1' })).total).toBe(2)
    // by name too: an imported log's profiles are known only by the names they had elsewhere
    expect((await log.query({ profileId: 'Staging' })).records.map((r) => r.kind)).toEqual(['server'])
    await log.close()
  })

  it('filters by an inclusive time range', async () => {
    const { log } = await seeded()
    const page = await log.query({ from: '2026-05-01T00:00:01.000Z', to: '2026-05-01T00:00:03.000Z' })
    expect(page.records.map((r) => r.time)).toEqual(['2026-05-01T00:00:03.000Z', '2026-05-01T00:00:02.000Z', '2026-05-01T00:00:01.000Z'])
    expect((await log.query({ from: '2027-01-01T00:00:00.000Z' })).total).toBe(0)
    await log.close()
  })

  it('searches full text case-insensitively over message, detail, issues, operation and request id', async () => {
    const { log } = await seeded()
    const hit = async (text: string) => (await log.query({ text })).records.map((r) => r.kind)
    expect(await hit('INTERNAL error')).toEqual(['server'])
    expect(await hit('campaign not found')).toEqual(['not_found'])
    expect(await hit('email_content')).toEqual(['validation'])
    expect(await hit('variants.1')).toEqual(['validation'])
    expect(await hit('field REQUIRED')).toEqual(['validation'])
    expect(await hit('senderaccounts')).toEqual(['conflict'])
    expect(await hit('req-abc')).toEqual(['rate_limited'])
    expect(await hit('nothing like this')).toEqual([])
    await log.close()
  })

  it('pages with a cursor that stays stable while new errors arrive', async () => {
    const { log } = await seeded()
    const first = await log.query({ limit: 4 })
    expect(first.records).toHaveLength(4)
    expect(first.nextCursor).not.toBeNull()
    await log.append(sample({ time: '2026-05-01T01:00:00.000Z', message: 'newer' })).acknowledged
    const second = await log.query({ limit: 4, cursor: first.nextCursor ?? undefined })
    expect(second.records.map((r) => r.kind)).toEqual(['rate_limited', 'validation'])
    expect(second.total).toBe(7)
    expect(second.nextCursor).toBeNull()
    await log.close()
  })

  it('pages with an offset too', async () => {
    const { log } = await seeded()
    const page = await log.query({ limit: 2, offset: 2 })
    expect(page.records.map((r) => r.kind)).toEqual(['conflict', 'not_found'])
    expect(page.total).toBe(6)
    expect((await log.query({ limit: 2, offset: 6 })).records).toEqual([])
    await log.close()
  })

  it('works from the files alone: a fresh instance with no network and no key reads everything', async () => {
    const { log, dataDir } = await seeded()
    await log.close()
    const { log: reader } = makeLog({ dataDir, maxFileBytes: 700, maxFiles: 10 })
    expect((await reader.query()).total).toBe(6)
    await reader.close()
  })

  it('rejects a malformed query', async () => {
    const { log } = makeLog()
    await expect(log.query({ limit: 0 })).rejects.toThrow()
    await expect(log.query({ unknown: 1 } as never)).rejects.toThrow()
    await log.close()
  })
})

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ErrorLogInfoSchema, ErrorLogRecordSchema } from '../../../src/shared/contract/error-log'
import { cleanupDirs, makeLog, sample } from './helpers'

afterAll(cleanupDirs)

const generations = (dir: string) => readdirSync(dir).filter((n) => /^errors(\.\d+)?\.jsonl$/.test(n))
const t = (s: number) => new Date(Date.parse('2026-07-01T00:00:00.000Z') + s * 1000).toISOString()

describe('errorLog get', () => {
  it('returns a local record by id, and null for an unknown id', async () => {
    const { log } = makeLog()
    const ids = [log.append(sample({ message: 'first' })).id, log.append(sample({ message: 'second' })).id]
    expect((await log.get(ids[1]!))?.message).toBe('second')
    expect(await log.get(ids[0]!, 'local')).toMatchObject({ id: ids[0], message: 'first', operation: 'campaigns.list', status: 500 })
    expect(await log.get('no-such-id')).toBeNull()
    expect(await log.get(ids[0]!, 'imported')).toBeNull()
    await log.close()
  })

  it('returns an imported record only from the imported view', async () => {
    const { log } = makeLog()
    const line = JSON.stringify({ v: 1, id: 'imp-1', time: t(0), operation: 'leads.add', kind: 'conflict', status: 409, message: 'exists' })
    log.import(line)
    expect(await log.get('imp-1', 'imported')).toMatchObject({ id: 'imp-1', operation: 'leads.add' })
    expect(await log.get('imp-1', 'local')).toBeNull()
    await log.close()
  })
})

describe('errorLog info', () => {
  it('reports records, bytes and files of the local log, its caps, its oldest record and the imported count', async () => {
    const { log, logDir } = makeLog({ maxFileBytes: 1200, maxFiles: 4 })
    expect(await log.info()).toEqual({ records: 0, bytes: 0, files: 0, maxFiles: 4, maxFileBytes: 1200, oldest: null, imported: 0 })
    await Promise.all(Array.from({ length: 9 }, (_, i) => log.append(sample({ time: t(i + 10), message: `r${i}` })).acknowledged))
    // written out of time order: the oldest is the earliest time, not the first line
    await log.append(sample({ time: t(5), message: 'late arrival' })).acknowledged
    log.import([1, 2, 3].map((i) => JSON.stringify({ v: 1, id: `i${i}`, time: t(i), operation: 'x', kind: 'y', message: 'z' })).join('\n'))
    const info = await log.info()
    expect(ErrorLogInfoSchema.safeParse(info).success).toBe(true)
    const files = generations(logDir)
    expect(files.length).toBeGreaterThan(1)
    expect(info).toEqual({
      records: (await log.query({ limit: 500 })).total,
      bytes: files.reduce((sum, n) => sum + statSync(join(logDir, n)).size, 0),
      files: files.length,
      maxFiles: 4,
      maxFileBytes: 1200,
      oldest: (await log.query({ limit: 500 })).records.at(-1)!.time,
      imported: 3
    })
    expect(info.oldest).toBe(t(5))
    await log.close()
  })
})

describe('errorLog clear', () => {
  it('removes every local file and counts the records; later appends start a fresh log', async () => {
    const { log, logDir } = makeLog({ maxFileBytes: 1000, maxFiles: 5 })
    await Promise.all(Array.from({ length: 12 }, (_, i) => log.append(sample({ message: `old ${i}` })).acknowledged))
    const before = (await log.query({ limit: 500 })).total
    expect(generations(logDir).length).toBeGreaterThan(1)
    expect(await log.clear()).toBe(before)
    expect(generations(logDir)).toEqual([])
    expect(await log.query()).toMatchObject({ records: [], total: 0 })
    expect((await log.info()).records).toBe(0)
    const id = log.append(sample({ message: 'after clear' })).id
    const page = await log.query()
    expect(page.records.map((r) => [r.id, r.message])).toEqual([[id, 'after clear']])
    expect(page.skippedLines).toBe(0)
    expect(await log.clear()).toBe(1)
    expect(await log.clear()).toBe(0)
    await log.close()
  })

  it('never serves the cleared records from its cache, even when a new file reuses the old inode', async () => {
    const { log } = makeLog()
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(Array.from({ length: 20 + round * 7 }, (_, i) => log.append(sample({ message: `round ${round} #${i}` })).acknowledged))
      const page = await log.query({ limit: 500 })
      expect(page.records.every((r) => r.message.startsWith(`round ${round} `))).toBe(true)
      expect(page.total).toBe(20 + round * 7)
      expect(page.skippedLines).toBe(0)
      await log.clear()
    }
    await log.close()
  })

  it('during concurrent appends loses no append queued after it and tears no line', async () => {
    const { log, logDir } = makeLog({ maxFileBytes: 4000, maxFiles: 50 })
    const early = Array.from({ length: 300 }, (_, i) => log.append(sample({ message: `early ${i}` })))
    const clearing = log.clear()
    const late = Array.from({ length: 300 }, (_, i) => log.append(sample({ message: `late ${i}`, detail: 'x'.repeat(i % 50) })))
    // and a few more while the clear is still running
    await Promise.resolve()
    const later = Array.from({ length: 50 }, (_, i) => log.append(sample({ message: `later ${i}` })))
    await Promise.all([...early, ...late, ...later].map((a) => a.acknowledged))
    expect(await clearing).toBe(300)
    const page = await log.query({ limit: 500 })
    expect(page.total).toBe(350)
    expect(page.skippedLines).toBe(0)
    const all = [...page.records, ...(await log.query({ limit: 500, offset: 500 })).records]
    expect(new Set(all.map((r) => r.id))).toEqual(new Set([...late, ...later].map((a) => a.id)))
    // every byte on disk is whole records
    for (const name of generations(logDir)) {
      const lines = readFileSync(join(logDir, name), 'utf8').split('\n')
      expect(lines.pop()).toBe('')
      for (const line of lines) expect(ErrorLogRecordSchema.safeParse(JSON.parse(line)).success).toBe(true)
    }
    await log.close()
  })

  it('drops only the imported view when asked to', async () => {
    const { log } = makeLog()
    await log.append(sample()).acknowledged
    log.import([1, 2].map((i) => JSON.stringify({ v: 1, id: `i${i}`, time: t(i), operation: 'x', kind: 'y', message: 'z' })).join('\n'))
    expect(await log.clear('imported')).toBe(2)
    expect((await log.query({ source: 'imported' })).total).toBe(0)
    expect((await log.query()).total).toBe(1)
    expect((await log.info()).imported).toBe(0)
    await log.close()
  })
})

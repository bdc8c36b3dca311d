import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanupDirs, makeLog, names, sample, tempDataDir } from './helpers'

afterAll(cleanupDirs)

function logDirWith(files: Record<string, string | Buffer | null>): string {
  const dataDir = tempDataDir()
  const dir = join(dataDir, 'logs')
  mkdirSync(dir)
  for (const [name, content] of Object.entries(files)) {
    if (content === null) mkdirSync(join(dir, name))
    else writeFileSync(join(dir, name), content)
  }
  return dataDir
}

const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))

describe('damaged files', () => {
  it('quarantines a garbage active file before appending, and keeps working', async () => {
    const dataDir = logDirWith({ 'errors.jsonl': garbage })
    const { log, logDir, errors } = makeLog({ dataDir })
    await log.append(sample({ message: 'fresh start' })).acknowledged
    const page = await log.query()
    expect(page.records.map((r) => r.message)).toEqual(['fresh start'])
    expect(page.quarantinedFiles).toHaveLength(1)
    expect(page.quarantinedFiles[0]).toMatch(/^errors\.jsonl\.corrupt-/)
    expect(readFileSync(join(logDir, page.quarantinedFiles[0] ?? ''))).toEqual(garbage)
    expect(errors.join()).toMatch(/quarantined/)
    await log.close()
  })

  it('quarantines garbage or unreadable rotated files found by a query, never throwing', async () => {
    const good = (id: string, message: string) =>
      JSON.stringify({ v: 1, id, time: '2026-01-01T00:00:00.000Z', operation: 'campaigns.list', kind: 'server', message }) + '\n'
    const dataDir = logDirWith({
      'errors.jsonl': good('a', 'active'),
      'errors.1.jsonl': 'not json at all\n{"also": "not a record"}\n',
      'errors.2.jsonl': null, // a directory where a file should be
      'errors.3.jsonl': good('b', 'old') + 'junk line\n'
    })
    const { log, logDir } = makeLog({ dataDir })
    const page = await log.query()
    expect(page.records.map((r) => r.message)).toEqual(['active', 'old'])
    expect(page.skippedLines).toBe(1)
    expect(page.quarantinedFiles).toHaveLength(2)
    expect(names(logDir).filter((n) => /^errors(\.\d+)?\.jsonl$/.test(n))).toEqual(['errors.3.jsonl', 'errors.jsonl'])
    // a second query finds nothing new to set aside: no crash loop
    const again = await log.query()
    expect(again.quarantinedFiles).toHaveLength(2)
    expect(again.total).toBe(2)
    await log.close()
  })

  it('treats an empty or blank file as fine, not as garbage', async () => {
    const dataDir = logDirWith({ 'errors.jsonl': '\n\n' })
    const { log } = makeLog({ dataDir })
    const page = await log.query()
    expect(page.total).toBe(0)
    expect(page.quarantinedFiles).toEqual([])
    await log.close()
  })

  it('skips corrupt lines in the middle of a file and keeps the rest', async () => {
    const { log, logDir, dataDir } = makeLog()
    for (let i = 0; i < 5; i += 1) await log.append(sample({ message: `m${i}` })).acknowledged
    await log.close()
    const file = join(logDir, 'errors.jsonl')
    const lines = readFileSync(file, 'utf8').split('\n')
    lines[1] = (lines[1] ?? '').slice(0, 20) + '\u0000\u0000' + (lines[1] ?? '').slice(25)
    lines[3] = '{"v":1,"id":"x"}'
    writeFileSync(file, lines.join('\n'))
    const { log: reader } = makeLog({ dataDir })
    const page = await reader.query()
    expect(page.records.map((r) => r.message)).toEqual(['m4', 'm2', 'm0'])
    expect(page.skippedLines).toBe(2)
    await reader.close()
  })

  it('survives random byte corruption anywhere (seeded fuzz): never throws, loses only damaged lines', async () => {
    const { log, logDir } = makeLog()
    for (let i = 0; i < 40; i += 1) await log.append(sample({ message: `m${i} ✓ ünï` })).acknowledged
    await log.close()
    const original = readFileSync(join(logDir, 'errors.jsonl'))
    let seed = 12345
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 60; round += 1) {
      const copy = Buffer.from(original)
      const damaged = new Set<number>()
      for (let k = 0; k < 1 + rand(4); k += 1) {
        const at = rand(copy.length)
        copy[at] = rand(256)
        damaged.add(copy.subarray(0, at).toString('latin1').split('\n').length - 1)
      }
      const roundDir = tempDataDir()
      mkdirSync(join(roundDir, 'logs'))
      writeFileSync(join(roundDir, 'logs', 'errors.jsonl'), copy)
      const { log: reader } = makeLog({ dataDir: roundDir })
      const page = await reader.query({ limit: 500 })
      // every undamaged line is read back (a damaged newline can merge two lines into one bad one)
      expect(page.total).toBeGreaterThanOrEqual(40 - 2 * damaged.size)
      await reader.close()
    }
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import { ErrorLogRecordSchema } from '../../../src/shared/contract/error-log'
import { cleanupDirs, makeLog, sample } from './helpers'

afterAll(cleanupDirs)

describe('export and import', () => {
  it('exports all or filtered records as JSONL, oldest first', async () => {
    const { log } = makeLog({ maxFileBytes: 600, maxFiles: 10 })
    await log.append(sample({ time: '2026-01-01T00:00:01.000Z', status: 500, message: 'one' })).acknowledged
    await log.append(sample({ time: '2026-01-01T00:00:02.000Z', status: 404, kind: 'not_found', message: 'two' })).acknowledged
    await log.append(sample({ time: '2026-01-01T00:00:03.000Z', status: 500, message: 'three' })).acknowledged
    const all = await log.export()
    expect(all.count).toBe(3)
    const lines = all.text.trimEnd().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['one', 'two', 'three'])
    for (const l of lines) expect(ErrorLogRecordSchema.safeParse(JSON.parse(l)).success).toBe(true)
    const some = await log.export({ status: 500 })
    expect(some.count).toBe(2)
    expect(some.text).not.toContain('"two"')
    expect(all.omitted).toBe(0)
    await log.close()
  })

  it('past the export cap keeps the newest records that fit, whole lines only, and counts the older rest', async () => {
    const { log: probe } = makeLog()
    await probe.append(sample({ time: '2026-01-01T00:00:00.000Z', message: 'm0' })).acknowledged
    const lineBytes = Buffer.byteLength((await probe.export()).text)
    await probe.close()
    const { log } = makeLog({ maxExportBytes: lineBytes * 3 + Math.floor(lineBytes / 2) })
    for (let i = 0; i < 6; i += 1) await log.append(sample({ time: `2026-01-01T00:00:0${i}.000Z`, message: `m${i}` })).acknowledged
    const capped = await log.export()
    expect(capped).toMatchObject({ count: 3, omitted: 3 })
    expect(capped.text.trimEnd().split('\n').map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['m3', 'm4', 'm5'])
    expect(Buffer.byteLength(capped.text)).toBeLessThanOrEqual(lineBytes * 3 + Math.floor(lineBytes / 2))
    await log.close()
  })

  it('round-trips: an export imported elsewhere reads back the same records, in a read-only view', async () => {
    const { log: sender } = makeLog()
    for (let i = 0; i < 5; i += 1) await sender.append(sample({ message: `m${i}`, issues: [{ loc: ['body', 'name'], path: 'name', msg: 'Field required' }] })).acknowledged
    const exported = await sender.export()
    const original = await sender.query()
    await sender.close()

    const { log: receiver } = makeLog()
    await receiver.append(sample({ message: 'local only' })).acknowledged
    expect(receiver.import(exported.text)).toEqual({ imported: 5, skipped: 0 })
    const view = await receiver.query({ source: 'imported' })
    expect(view.records).toEqual(original.records)
    expect((await receiver.query({ source: 'imported', text: 'M3' })).total).toBe(1)
    // the local log is untouched
    const local = await receiver.query()
    expect(local.records.map((r) => r.message)).toEqual(['local only'])
    // the view can itself be exported again
    expect((await receiver.export({ source: 'imported' })).text).toBe(exported.text)
    await receiver.close()
  })

  it('skips invalid lines with a count and never throws', async () => {
    const { log } = makeLog()
    const good = JSON.stringify({ v: 1, id: 'g1', time: '2026-01-01T00:00:00.000Z', operation: 'campaigns.get', kind: 'not_found', message: 'gone' })
    const text = [
      '\uFEFF' + good,
      '',
      'not json',
      JSON.stringify({ v: 1, id: 'no-time', operation: 'x', kind: 'y', message: 'z' }),
      JSON.stringify({ v: 2, id: 'future', time: '2026-01-01T00:00:00.000Z', operation: 'x', kind: 'y', message: 'z' }),
      JSON.stringify({ v: 1, id: 'extra-key', time: '2026-01-01T00:00:00.000Z', operation: 'x', kind: 'y', message: 'z', apiKey: 'k' }),
      '[1,2,3]',
      good.replace('g1', 'g2') + '\r',
      good.slice(0, 30)
    ].join('\n')
    expect(log.import(text)).toEqual({ imported: 2, skipped: 6 })
    expect((await log.query({ source: 'imported' })).records.map((r) => r.id)).toEqual(['g2', 'g1'])
    expect(log.import('')).toEqual({ imported: 0, skipped: 0 })
    expect((await log.query({ source: 'imported' })).total).toBe(0)
    await log.close()
  })

  it('redacts again on import, so a foreign file cannot bring a key in', async () => {
    const { log } = makeLog()
    const canary = 'cs_live_FOREIGNcanary0123456789abcdefghijklmn'
    const text = JSON.stringify({ v: 1, id: 'f1', time: '2026-01-01T00:00:00.000Z', operation: 'x', kind: 'auth', message: `key ${canary}`, extra: { password: 'hunter2' } })
    expect(log.import(text).imported).toBe(1)
    const page = await log.query({ source: 'imported' })
    expect(JSON.stringify(page)).not.toContain('FOREIGNcanary')
    expect(JSON.stringify(page)).not.toContain('hunter2')
    expect((await log.export({ source: 'imported' })).text).not.toContain('FOREIGNcanary')
    await log.close()
  })
})

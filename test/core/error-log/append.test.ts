import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { open } from 'node:fs/promises'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { cleanupDirs, makeLog, sample, tempDataDir } from './helpers'

afterAll(cleanupDirs)

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean)

describe('ErrorLog.append', () => {
  it('returns before anything is written, and acknowledges once the line is in the file', async () => {
    const { log, logDir } = makeLog()
    const file = join(logDir, 'errors.jsonl')
    const { id, acknowledged } = log.append(sample())
    let acked = false
    void acknowledged.then(() => (acked = true))
    expect(existsSync(file)).toBe(false)
    await Promise.resolve()
    expect(acked).toBe(false)
    await acknowledged
    expect(JSON.parse(lines(file)[0] ?? '{}')).toMatchObject({ id, v: 1, operation: 'campaigns.list', kind: 'server', status: 500 })
    await log.close()
  })

  it('keeps the caller off the disk: 2,000 appends return before any of them is written', async () => {
    const { log, logDir } = makeLog()
    const file = join(logDir, 'errors.jsonl')
    const started = performance.now()
    const acks = Array.from({ length: 2000 }, (_, i) => log.append(sample({ message: `m${i}` })).acknowledged)
    const perAppend = (performance.now() - started) / 2000
    // No I/O on the caller's path: nothing reached the file while the loop ran (the timing is printed, not bounded).
    expect(existsSync(file)).toBe(false)
    console.log(`error log: ${perAppend.toFixed(3)} ms per append on the caller's path`)
    await Promise.all(acks)
    expect(lines(file)).toHaveLength(2000)
    await log.close()
  })

  it('writes records in append order without interleaving, batching while a write is in flight', async () => {
    const { log, logDir } = makeLog()
    const ids: string[] = []
    const acks: Promise<void>[] = []
    for (let i = 0; i < 500; i += 1) {
      const a = log.append(sample({ message: `n${i} ${'z'.repeat(i)}` }))
      ids.push(a.id)
      acks.push(a.acknowledged)
    }
    await Promise.all(acks)
    const written = lines(join(logDir, 'errors.jsonl')).map((l) => JSON.parse(l) as { id: string })
    expect(written.map((r) => r.id)).toEqual(ids)
    await log.close()
  })

  it('coalesces appends made while a write is in flight into few writes', async () => {
    const probe = await open(join(tempDataDir(), 'probe'), 'w')
    const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => unknown }
    await probe.close()
    const spy = vi.spyOn(proto, 'write')
    try {
      const { log } = makeLog()
      await Promise.all(Array.from({ length: 300 }, () => log.append(sample()).acknowledged))
      expect(spy.mock.calls.length).toBeGreaterThan(0)
      expect(spy.mock.calls.length).toBeLessThan(10)
      await log.close()
    } finally {
      spy.mockRestore()
    }
  })

  it('acknowledges in order and resolves flush after every earlier append is on disk', async () => {
    const { log, logDir } = makeLog({ sync: 'always' })
    const order: number[] = []
    const acks = [0, 1, 2].map((i) => log.append(sample()).acknowledged.then(() => order.push(i)))
    await log.flush()
    expect(order).toEqual([0, 1, 2])
    expect(lines(join(logDir, 'errors.jsonl'))).toHaveLength(3)
    await Promise.all(acks)
    await log.close()
  })

  it("sync 'always' fdatasyncs before acknowledging; 'interval' soon after the write", async () => {
    const probe = await open(join(tempDataDir(), 'probe'), 'w')
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> }
    await probe.close()
    const spy = vi.spyOn(proto, 'datasync')
    try {
      const always = makeLog({ sync: 'always' }).log
      await always.append(sample()).acknowledged
      expect(spy).toHaveBeenCalledTimes(1)
      await always.close()
      spy.mockClear()
      const interval = makeLog({ sync: 'interval', syncIntervalMs: 20 }).log
      await interval.append(sample()).acknowledged
      expect(spy).not.toHaveBeenCalled()
      await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1), { timeout: 2000 })
      await interval.close()
    } finally {
      spy.mockRestore()
    }
  })

  it('refuses appends after close without throwing at the caller', async () => {
    const { log, errors } = makeLog()
    await log.close()
    const { acknowledged } = log.append(sample())
    await expect(acknowledged).rejects.toThrow(/closed/)
    expect(errors.join()).toMatch(/could not write/)
    await log.close()
  })

  it('rejects the acknowledgement (and reports) when the directory cannot be written', async () => {
    const { dataDir } = makeLog()
    writeFileSync(join(dataDir, 'logs'), 'a file where the log dir should be')
    const { log, errors } = makeLog({ dataDir })
    await expect(log.append(sample()).acknowledged).rejects.toThrow()
    expect(errors.length).toBeGreaterThan(0)
    // an ignored acknowledgement must not become an unhandled rejection
    log.append(sample())
    await new Promise((r) => setTimeout(r, 20))
    await log.close()
  })

  it('flushSync writes waiting records synchronously (quit and crash handlers)', async () => {
    const { log, logDir } = makeLog()
    const file = join(logDir, 'errors.jsonl')
    await log.append(sample({ message: 'first' })).acknowledged
    const a = log.append(sample({ message: 'second' }))
    const b = log.append(sample({ message: 'third' }))
    log.flushSync()
    expect(lines(file).map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['first', 'second', 'third'])
    await Promise.all([a.acknowledged, b.acknowledged])
    await log.close()
  })

  it('creates the log dir and files private to the user', async () => {
    const { log, logDir } = makeLog()
    await log.append(sample()).acknowledged
    if (process.platform !== 'win32') {
      expect(statSync(logDir).mode & 0o077).toBe(0)
      expect(statSync(join(logDir, 'errors.jsonl')).mode & 0o077).toBe(0)
    }
    await log.close()
  })

  it('appends after a torn last line on a new line of its own', async () => {
    const { log: first, logDir, dataDir } = makeLog()
    await first.append(sample({ message: 'before crash' })).acknowledged
    await first.close()
    const file = join(logDir, 'errors.jsonl')
    writeFileSync(file, readFileSync(file, 'utf8') + '{"v":1,"id":"torn","time":"2026-01-0', { flag: 'w' })
    const { log } = makeLog({ dataDir })
    const { id, acknowledged } = log.append(sample({ message: 'after crash' }))
    await acknowledged
    const raw = lines(file)
    expect(raw).toHaveLength(3)
    expect(raw[1]).toBe('{"v":1,"id":"torn","time":"2026-01-0')
    expect(JSON.parse(raw[2] ?? '{}')).toMatchObject({ id, message: 'after crash' })
    const page = await log.query()
    expect(page.records.map((r) => r.message)).toEqual(['after crash', 'before crash'])
    expect(page.skippedLines).toBe(1)
    await log.close()
  })

  it('starts cleanly in an existing empty logs dir', async () => {
    const { dataDir } = makeLog()
    mkdirSync(join(dataDir, 'logs'))
    const { log } = makeLog({ dataDir })
    await log.append(sample()).acknowledged
    expect((await log.query()).total).toBe(1)
    await log.close()
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import {
  ErrorLogExportInputSchema,
  ErrorLogExportSchema,
  ErrorLogImportInputSchema,
  ErrorLogImportResultSchema,
  ErrorLogPageSchema,
  ErrorLogQueryInputSchema
} from '../../../src/shared/contract/error-log'
import { cleanupDirs, makeLog, sample } from './helpers'

afterAll(cleanupDirs)

describe('error-log contract schemas', () => {
  it('query input is strict, bounded and defaulted', () => {
    expect(ErrorLogQueryInputSchema.parse({})).toEqual({ source: 'local', limit: 50 })
    expect(ErrorLogQueryInputSchema.safeParse({ status: [422, 500], kind: 'validation', text: ' x ' }).success).toBe(true)
    for (const bad of [{ limit: 501 }, { status: 'x' }, { status: [] }, { from: 'yesterday' }, { source: 'remote' }, { path: '/etc' }, { text: 'x'.repeat(201) }]) {
      expect(ErrorLogQueryInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
    expect(ErrorLogExportInputSchema.safeParse({ limit: 5 }).success).toBe(false)
    expect(ErrorLogImportInputSchema.safeParse({ text: 'a', extra: 1 }).success).toBe(false)
  })

  it('what the log returns passes the output schemas the dispatcher applies', async () => {
    const { log } = makeLog()
    await log.append(sample({ issues: [{ loc: ['body', 'name'], path: 'name', msg: 'Field required' }], extra: { reconciliation: { outcome: 'none' } } })).acknowledged
    expect(ErrorLogPageSchema.safeParse(await log.query({ limit: 1 })).success).toBe(true)
    expect(ErrorLogExportSchema.safeParse(await log.export()).success).toBe(true)
    expect(ErrorLogImportResultSchema.safeParse(log.import('junk')).success).toBe(true)
    await log.close()
  })

  it('sealing stays cheap even for a huge message (redaction is linear)', async () => {
    const { log } = makeLog()
    const huge = ('password=' + 'a'.repeat(50) + ' ' + 'w'.repeat(60) + ' ').repeat(10_000)
    const started = performance.now()
    const { acknowledged } = log.append(sample({ message: huge, detail: huge }))
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(250)
    await acknowledged
    await log.close()
  })
})

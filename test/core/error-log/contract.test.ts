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

  it('sealing stays linear even for a huge message: ten times the text costs about ten times the time, not a hundred', async () => {
    const { log } = makeLog()
    const text = (repeats: number) => ('password=' + 'a'.repeat(50) + ' ' + 'w'.repeat(60) + ' ').repeat(repeats)
    // Median of 5 timings each, measured in the same run so machine load cancels out of the ratio.
    const timeOf = async (repeats: number) => {
      const runs: number[] = []
      for (let i = 0; i < 5; i++) {
        const huge = text(repeats)
        const started = performance.now()
        const { acknowledged } = log.append(sample({ message: huge, detail: huge }))
        runs.push(performance.now() - started)
        await acknowledged
      }
      return runs.sort((a, b) => a - b)[2]!
    }
    const small = await timeOf(1_000)
    const large = await timeOf(10_000)
    console.log(`sealing: ${small.toFixed(1)} ms for 1,000 repeats, ${large.toFixed(1)} ms for 10,000 (ratio ${(large / small).toFixed(1)})`)
    expect(large / small).toBeLessThan(30)
    await log.close()
  })
})

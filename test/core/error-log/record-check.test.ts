import { describe, expect, it } from 'vitest'
import { isCertainlyRecord } from '../../../src/main/core/error-log/record-check'
import { sealRecord } from '../../../src/main/core/error-log/seal-record'
import { Redactor } from '../../../src/main/core/log/redactor'
import { ErrorLogRecordSchema } from '../../../src/shared/contract/error-log'
import { sample } from './helpers'

const full = sealRecord(
  sample({ detail: 'Campaign Not Found', issues: [{ loc: ['body', 'variants', 1], path: 'variants.1', msg: 'Field required' }], extra: { code: 'campaign_not_draft', n: [1, { a: null }] } }),
  new Redactor(),
  { id: 'r1', now: new Date('2026-05-01T00:00:00.000Z') }
)
const plain = JSON.parse(JSON.stringify(full)) as Record<string, unknown>

/** Variants of a valid record: many broken in one way each, some still valid. */
const variants: Array<Record<string, unknown>> = [
  plain,
  { v: 1, id: 'x', time: '2026-01-01T00:00:00.000Z', operation: 'o', kind: 'k', message: '' },
  { ...plain, v: 2 }, { ...plain, v: '1' }, { ...plain, id: '' }, { ...plain, id: 'i'.repeat(101) }, { ...plain, id: 7 },
  { ...plain, time: '2026-01-01T00:00:00Z' }, { ...plain, time: '2026-13-01T00:00:00.000Z' }, { ...plain, time: '2026-02-30T00:00:00.000Z' },
  { ...plain, time: '2026-01-01T00:00:00.000+01:00' }, { ...plain, time: 'yesterday' }, { ...plain, time: 1 },
  { ...plain, profileId: null }, { ...plain, profileName: 'p'.repeat(201) }, { ...plain, operation: '' }, { ...plain, method: 'get' },
  { ...plain, method: 'HEAD' }, { ...plain, path: 5 }, { ...plain, status: 1000 }, { ...plain, status: -1 }, { ...plain, status: 4.5 },
  { ...plain, status: '404' }, { ...plain, kind: '' }, { ...plain, message: undefined }, { ...plain, message: 'm'.repeat(2001) },
  { ...plain, detail: 'd'.repeat(4001) }, { ...plain, issues: {} }, { ...plain, issues: [{ loc: [], path: '', msg: '' }] },
  { ...plain, issues: [{ loc: [1.5], path: '', msg: '' }] }, { ...plain, issues: [{ loc: [], path: '', msg: '', extra: 1 }] },
  { ...plain, issues: [{ loc: [null], path: '', msg: '' }] }, { ...plain, issues: [{ loc: [], msg: '' }] },
  { ...plain, issues: Array.from({ length: 201 }, () => ({ loc: [], path: '', msg: '' })) },
  { ...plain, requestId: 'r'.repeat(201) }, { ...plain, durationMs: -1 }, { ...plain, durationMs: 1e10 }, { ...plain, durationMs: '5' },
  { ...plain, attempts: 1001 }, { ...plain, attempts: 1.5 }, { ...plain, guidance: 'g'.repeat(101) }, { ...plain, extra: [] },
  { ...plain, extra: null }, { ...plain, extra: { ['k'.repeat(101)]: 1 } }, { ...plain, extra: {} }, { ...plain, apiKey: 'k' },
  JSON.parse('{"v":1,"id":"x","time":"2026-01-01T00:00:00.000Z","operation":"o","kind":"k","message":"","extra":{"__proto__":1}}') as Record<string, unknown>
]

describe('isCertainlyRecord', () => {
  it('accepts what the log writes', () => {
    expect(isCertainlyRecord(plain)).toBe(true)
    expect(ErrorLogRecordSchema.safeParse(plain).success).toBe(true)
  })

  it('never accepts what the record schema refuses', () => {
    let accepted = 0
    for (const v of variants) {
      if (!isCertainlyRecord(v)) continue
      accepted += 1
      expect(ErrorLogRecordSchema.safeParse(v).success, JSON.stringify(v).slice(0, 200)).toBe(true)
    }
    // and it is not trivially "false": the valid variants take the fast path
    expect(accepted).toBeGreaterThanOrEqual(3)
    for (const v of [null, 1, 'x', [], [plain]]) expect(isCertainlyRecord(v)).toBe(false)
  })
})

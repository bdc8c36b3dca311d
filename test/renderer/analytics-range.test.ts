import { describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import { readAnalyticsParams, writeAnalyticsParams } from '../../src/renderer/src/screens/analytics/analytics-params'
import { checkRange, isDateText, matchingPreset, presetRange } from '../../src/renderer/src/screens/analytics/timeline/date-range'
import { rangeProblemsOf } from '../../src/renderer/src/screens/analytics/timeline/range-error'
import { errorBase } from './helpers/fixtures'

const NOW = Date.UTC(2026, 11, 3, 23, 30)

describe('date range', () => {
  it('presets end today (UTC) and start N days earlier, like the API’s 90-day default', () => {
    expect(presetRange(7, NOW)).toEqual({ from: '2026-11-26', to: '2026-12-03' })
    expect(presetRange(90, NOW)).toEqual({ from: '2026-09-04', to: '2026-12-03' })
    expect(matchingPreset({ from: '2026-11-03', to: '2026-12-03' }, NOW)).toBe(30)
    expect(matchingPreset({ from: '2026-11-04', to: '2026-12-03' }, NOW)).toBeNull()
  })
  it('accepts only real calendar dates', () => {
    expect(isDateText('2026-02-28')).toBe(true)
    expect(isDateText('2026-02-30')).toBe(false)
    expect(isDateText('2026-2-3')).toBe(false)
  })
  it('says on which field a typed range is wrong', () => {
    expect(checkRange('2026-03-01', '2026-03-31')).toEqual({})
    expect(checkRange('2026-03-01', '2026-03-01')).toEqual({})
    expect(checkRange('2026-03-10', '2026-03-01')).toEqual({ to: 'To must be on or after From.' })
    expect(checkRange('', '2026-03-01').from).toBe('Enter the first day of the range.')
    expect(checkRange('2026-02-30', '').from).toMatch(/real date/)
    expect(checkRange('2026-02-30', '').to).toBe('Enter the last day of the range.')
  })
})

describe('the dashboard state in the address', () => {
  it('reads defaults from an empty address and writes nothing back for them', () => {
    const state = readAnalyticsParams(new URLSearchParams())
    expect(state).toEqual({ range: null, hidden: new Set(), sort: 'created_at', dir: 'desc' })
    expect(writeAnalyticsParams(state, new URLSearchParams()).toString()).toBe('')
  })
  it('round-trips a range, hidden series and an order, and ignores junk', () => {
    const params = new URLSearchParams('from=2026-01-01&to=2026-01-31&hide=bounced,nonsense,sent&sort=bounce_rate&dir=asc&other=1')
    const state = readAnalyticsParams(params)
    expect(state.range).toEqual({ from: '2026-01-01', to: '2026-01-31' })
    expect([...state.hidden]).toEqual(['bounced', 'sent'])
    expect(writeAnalyticsParams(state, params).toString()).toBe('from=2026-01-01&to=2026-01-31&hide=sent%2Cbounced&sort=bounce_rate&dir=asc&other=1')
    expect(readAnalyticsParams(new URLSearchParams('from=2026-01-01&to=junk&sort=evil')).range).toBeNull()
    expect(readAnalyticsParams(new URLSearchParams('sort=evil')).sort).toBe('created_at')
  })
})

describe('API refusals of a range land on the fields', () => {
  const validation = (loc: string[]): AppError => ({
    ...errorBase, status: 422, kind: 'validation', guidance: 'fix-request',
    issues: [{ loc, path: loc.slice(1).join('.'), msg: 'invalid date format', type: 'value_error.date', source: 'server' }]
  }) as AppError
  it('puts a 422 issue on the field it names', () => {
    expect(rangeProblemsOf(validation(['query', 'from_date']))).toEqual({ from: 'invalid date format', to: undefined })
    expect(rangeProblemsOf(validation(['query', 'to_date']))).toEqual({ from: undefined, to: 'invalid date format' })
  })
  it('puts a 400 about the range on To, in the server’s words', () => {
    const refused = { ...errorBase, status: 400, kind: 'business', code: 'request_refused', detail: 'Date range too long', guidance: 'fix-request' } as AppError
    expect(rangeProblemsOf(refused)).toEqual({ to: 'The API refused this range: Date range too long' })
  })
  it('leaves other failures to the error notice', () => {
    expect(rangeProblemsOf({ ...errorBase, kind: 'network', mayHaveApplied: false, guidance: 'check-network' } as AppError)).toBeNull()
    expect(rangeProblemsOf(null)).toBeNull()
  })
})

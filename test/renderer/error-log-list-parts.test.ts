import { describe, expect, it } from 'vitest'
import { isFiltered, listFilter, parseStatusCode } from '../../src/renderer/src/screens/errors/list/list-filter'
import { readListState, writeListState } from '../../src/renderer/src/screens/errors/list/list-params'
import { sparklineLabel, spanText } from '../../src/renderer/src/screens/errors/list/sparkline-label'
import { guardCell } from '../../src/renderer/src/screens/errors/list/records-csv'
import { jsonlRecords } from '../../src/renderer/src/screens/errors/list/jsonl-records'
import { profileOptions } from '../../src/renderer/src/screens/errors/list/filter-options'
import { stampedName } from '../../src/renderer/src/screens/errors/list/download-text'

const NOW = Date.parse('2026-12-03T08:00:00.000Z')

describe('list state in the address', () => {
  it('round-trips every field and drops defaults and empties', () => {
    const params = writeListState(new URLSearchParams('other=1'), {
      source: 'imported',
      view: 'records',
      range: 'custom',
      from: '2026-12-01T09:30',
      to: '',
      statusClass: '5xx',
      code: '503',
      kind: 'server',
      operation: 'leads.upload',
      profile: 'p1',
      search: 'req 42'
    })
    expect(params.toString()).toBe('other=1&source=imported&view=records&range=custom&from=2026-12-01T09%3A30&status=5xx&code=503&kind=server&op=leads.upload&profile=p1&q=req+42')
    expect(readListState(params)).toEqual({ source: 'imported', view: 'records', range: 'custom', from: '2026-12-01T09:30', to: '', statusClass: '5xx', code: '503', kind: 'server', operation: 'leads.upload', profile: 'p1', search: 'req 42' })
    expect(writeListState(params, { source: 'local', view: 'groups', range: 'all', statusClass: null }).toString()).not.toMatch(/source|view|range|status=/)
  })

  it('ignores values it does not know', () => {
    const state = readListState(new URLSearchParams('source=evil&view=table&range=2y&status=3xx'))
    expect(state).toMatchObject({ source: 'local', view: 'groups', range: 'all', statusClass: null })
    expect(isFiltered(state)).toBe(false)
  })
})

describe('list filter', () => {
  const base = readListState(new URLSearchParams())

  it('counts relative ranges back from the anchor and leaves empty fields out', () => {
    expect(listFilter(base, NOW)).toEqual({ source: 'local' })
    expect(listFilter({ ...base, range: '24h' }, NOW)).toEqual({ source: 'local', from: '2026-12-02T08:00:00.000Z' })
    expect(listFilter({ ...base, range: '7d' }, NOW).from).toBe('2026-11-26T08:00:00.000Z')
  })

  it('lets an exact code win over a status class, and ignores a code that is not one', () => {
    expect(listFilter({ ...base, statusClass: '4xx', code: '422' }, NOW)).toEqual({ source: 'local', status: 422 })
    expect(listFilter({ ...base, statusClass: '4xx', code: '42x' }, NOW)).toEqual({ source: 'local', statusClass: '4xx' })
    expect(parseStatusCode(' 0 ')).toBe(0)
    expect(parseStatusCode('1000')).toBeUndefined()
  })

  it('uses the debounced search text, trimmed, and a custom range only when it parses', () => {
    expect(listFilter({ ...base, search: 'typed now' }, NOW, '  settled ')).toEqual({ source: 'local', text: 'settled' })
    expect(listFilter({ ...base, range: 'custom', from: 'nonsense', to: '2026-12-02T18:00' }, NOW)).toEqual({ source: 'local', to: new Date('2026-12-02T18:00').toISOString() })
  })
})

describe('sparkline words', () => {
  it('names the newest slice, the whole span and the peak', () => {
    expect(sparklineLabel([1, 0, 4, 3], { from: '2026-12-03T04:00:00.000Z', to: '2026-12-03T08:00:00.000Z' })).toBe('Occurrences: 3 in the last hour, 8 over 4 hours, at most 4 per hour')
    expect(sparklineLabel([2, 2], { from: null, to: null })).toBe('Occurrences: 4')
    expect(spanText(90 * 60_000)).toBe('1.5 hours')
    expect(spanText(30 * 86_400_000)).toBe('30 days')
  })
})

describe('export helpers', () => {
  it('guards cells a spreadsheet would run as formulas, and only those', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(guardCell(risky)).toBe(`'${risky}`)
    for (const safe of ['validation', '1-2', 'a=b', '']) expect(guardCell(safe)).toBe(safe)
  })

  it('reads the records of a JSONL text, skipping torn and foreign lines', () => {
    const good = { v: 1, id: 'r1', time: '2026-12-03T08:00:00.000Z', operation: 'x.y', kind: 'network', message: 'm' }
    const text = [JSON.stringify(good), '{"torn":', JSON.stringify({ ...good, id: 'r2', secret: 'no' }), '', JSON.stringify({ ...good, id: 'r3' })].join('\n')
    expect(jsonlRecords(text).map((r) => r.id)).toEqual(['r1', 'r3'])
  })

  it('stamps file names with the local time', () => {
    expect(stampedName('error-log', 'csv', new Date(2026, 11, 3, 9, 5))).toBe('error-log-2026-12-03-0905.csv')
  })
})

describe('profile choices', () => {
  it('offers this console’s profiles by id, then other names the groups carry', () => {
    const group = (profiles: string[]) => ({ fingerprint: 'f', operation: 'o', kind: 'k', title: 't', count: 1, firstSeen: '', lastSeen: '', profiles, buckets: [], latestId: 'r' })
    expect(profileOptions([{ id: 'p1', name: 'Production' }], [group(['Production', 'Old laptop']), group(['Old laptop', 'p1'])])).toEqual([
      { value: 'p1', label: 'Production' },
      { value: 'Old laptop', label: 'Old laptop' }
    ])
  })
})

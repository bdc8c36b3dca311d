import { describe, expect, it } from 'vitest'
import { backoffCeiling, fullJitterDelay } from '../../../src/main/core/api/retry/backoff'
import { seededRandom } from './fake-clock'

describe('full-jitter capped backoff', () => {
  it('doubles the ceiling per retry up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffCeiling(n, 300, 2000))).toEqual([300, 600, 1200, 2000, 2000, 2000])
    expect(backoffCeiling(40, 500, 8000)).toBe(8000)
  })

  it('draws uniformly in [0, ceiling) and repeats exactly with the same seed', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const first = Array.from({ length: 6 }, (_, n) => fullJitterDelay(n, 300, 2000, a))
    const again = Array.from({ length: 6 }, (_, n) => fullJitterDelay(n, 300, 2000, b))
    expect(first).toEqual(again)
    first.forEach((d, n) => {
      expect(d).toBeGreaterThanOrEqual(0)
      expect(d).toBeLessThan(backoffCeiling(n, 300, 2000))
    })
  })

  it('spreads delays over the whole range (full jitter, not equal jitter)', () => {
    const random = seededRandom(7)
    const draws = Array.from({ length: 2000 }, () => fullJitterDelay(3, 500, 8000, random))
    const ceiling = 4000
    const mean = draws.reduce((s, d) => s + d, 0) / draws.length
    expect(Math.min(...draws)).toBeLessThan(ceiling * 0.02)
    expect(Math.max(...draws)).toBeGreaterThan(ceiling * 0.98)
    expect(mean).toBeGreaterThan(ceiling * 0.45)
    expect(mean).toBeLessThan(ceiling * 0.55)
  })

  it('maps the edges of random() to 0 and just under the ceiling', () => {
    expect(fullJitterDelay(2, 100, 1000, () => 0)).toBe(0)
    expect(fullJitterDelay(2, 100, 1000, () => 0.999999)).toBe(399)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs helper shared with `npm run bench`, typed by use here
import { bundleSizes } from '../../scripts/bench/bundle-sizes.mjs'
import { BUNDLE_BUDGET } from '../../src/shared/bundle-budget'

// out/ is built by the global setup. Size is deterministic, so unlike time it is asserted here.
const sizes = bundleSizes(join(import.meta.dirname, '..', '..', 'out', 'renderer')) as { initial: string[]; files: string[]; initialGzip: number; totalGzip: number }
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`

describe('renderer bundle budget', () => {
  it(`loads at most ${kb(BUNDLE_BUDGET.initialGzipBytes)} of gzip JS for the first screen, and at most ${kb(BUNDLE_BUDGET.totalGzipBytes)} in all`, () => {
    console.log(`renderer JS: initial ${kb(sizes.initialGzip)} (${sizes.initial.join(', ')}), total ${kb(sizes.totalGzip)} in ${sizes.files.length} files (gzip)`)
    expect(sizes.initial.length).toBeGreaterThan(0)
    expect(sizes.initialGzip).toBeLessThanOrEqual(BUNDLE_BUDGET.initialGzipBytes)
    expect(sizes.totalGzip).toBeLessThanOrEqual(BUNDLE_BUDGET.totalGzipBytes)
  })

  it('loads the screens past the first (and uPlot) only when they are visited', () => {
    for (const lazy of ['CampaignScreen', 'NewInboxScreen', 'ErrorsScreen', 'AnalyticsScreen', 'SettingsScreen', 'uPlot']) {
      const chunk = sizes.files.find((f) => f.startsWith(`${lazy}-`) || f.startsWith(`${lazy}.`))
      expect(chunk, `${lazy} has its own chunk`).toBeTruthy()
      expect(sizes.initial, `${lazy} is not loaded at start`).not.toContain(chunk)
    }
  })
})

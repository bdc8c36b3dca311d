// Row: the renderer's size — the gzip JS the first screen loads and all of it — against issue 14's
// budget. Deterministic, so `npm test` asserts it too (test/build/bundle-size.test.ts).
import { join } from 'node:path'
import { bundleSizes } from '../bundle-sizes.mjs'

/** Reads out/renderer and returns the initial and total size rows. */
export async function run({ root, load }) {
  const { BUNDLE_BUDGET } = await load('src/shared/bundle-budget.ts')
  const s = bundleSizes(join(root, 'out', 'renderer'))
  return [
    {
      what: 'renderer JS loaded at start (gzip)',
      value: s.initialGzip / 1000,
      unit: 'KB',
      budget: `≤ ${BUNDLE_BUDGET.initialGzipBytes / 1000} KB`,
      ok: s.initialGzip <= BUNDLE_BUDGET.initialGzipBytes,
      note: `${s.initial.join(', ')}; the other screens and uPlot are separate chunks loaded on first visit`
    },
    { what: `renderer JS in all (gzip, ${s.files.length} files)`, value: s.totalGzip / 1000, unit: 'KB', budget: `≤ ${BUNDLE_BUDGET.totalGzipBytes / 1000} KB`, ok: s.totalGzip <= BUNDLE_BUDGET.totalGzipBytes }
  ]
}

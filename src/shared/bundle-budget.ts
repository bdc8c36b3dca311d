/**
 * The renderer's size budget (issue 14), in gzip bytes: what the first screen needs to start, and
 * everything the renderer can ever load. Checked by `npm test` (size is deterministic) and reported by
 * `npm run bench`.
 */
export const BUNDLE_BUDGET = {
  initialGzipBytes: 250 * 1000,
  totalGzipBytes: 1000 * 1000
} as const

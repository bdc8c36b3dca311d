const UNITS: [number, string][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second']
]

/** A span in the largest whole-ish unit: "1 hour", "12 minutes", "2.5 days". */
export function spanText(ms: number): string {
  const [size, unit] = UNITS.find(([u]) => ms >= u) ?? UNITS[UNITS.length - 1]!
  const value = Math.round((ms / size) * 10) / 10
  return `${value.toLocaleString()} ${unit}${value === 1 ? '' : 's'}`
}

/**
 * What a sparkline says to a screen reader: the newest slice, the whole span and the peak, e.g.
 * "Occurrences: 3 in the last hour, 40 over 1 day, at most 7 per hour".
 */
export function sparklineLabel(buckets: readonly number[], range: { from: string | null; to: string | null }): string {
  const total = buckets.reduce((a, b) => a + b, 0)
  const from = range.from ? Date.parse(range.from) : NaN
  const to = range.to ? Date.parse(range.to) : NaN
  if (buckets.length === 0 || Number.isNaN(from) || Number.isNaN(to) || to <= from) return `Occurrences: ${total}`
  const slice = spanText((to - from) / buckets.length)
  const lastSlice = slice.startsWith('1 ') ? slice.slice(2) : slice
  const last = buckets[buckets.length - 1] ?? 0
  const peak = Math.max(...buckets)
  return `Occurrences: ${last} in the last ${lastSlice}, ${total} over ${spanText(to - from)}, at most ${peak} per ${lastSlice}`
}

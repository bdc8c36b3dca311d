/**
 * Matches an issue path against a form's field patterns, where `*` stands for one array index
 * (`variants.*.email_content` matches `variants.1.email_content`). Returns the pattern's index, or -1.
 */
export function matchFieldPattern(patterns: readonly string[], path: string): number {
  const parts = path.split('.')
  return patterns.findIndex((pattern) => {
    const want = pattern.split('.')
    return want.length === parts.length && want.every((w, i) => (w === '*' ? /^\d+$/.test(parts[i] ?? '') : w === parts[i]))
  })
}

/** Sort key for "first field in display order": the pattern's position, then the array indices in the path. */
export function displayOrder(patterns: readonly string[], path: string): number[] {
  const numbers = path.split('.').filter((p) => /^\d+$/.test(p)).map(Number)
  return [matchFieldPattern(patterns, path), ...numbers]
}

/** Compares two display-order keys (shorter first when one is a prefix of the other). */
export function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

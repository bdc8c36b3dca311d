/* How far apart two words are, to suggest the field a typo meant. */

/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The candidate closest to `word` when it is close enough to be a likely typo (ignoring case: at
 * most 1 edit for words up to 4 letters, 2 up to 8, 3 beyond), else null. Ties go to the first.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  const target = word.toLowerCase()
  const limit = target.length <= 4 ? 1 : target.length <= 8 ? 2 : 3
  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : null
}

/** A small deterministic random source so seeded demo data is identical on every fresh start. */
export interface Prng {
  /** Uniform float in [0, 1). */
  next(): number
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** Uniform float in [min, max). */
  float(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly [T, ...T[]]): T
  /** A UUID v4 built from the stream, so seeded IDs repeat too. */
  uuid(): string
}

// mulberry32: tiny, fast and good enough for demo data (not for anything secret).
export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    pick: (items) => items[int(0, items.length - 1)] ?? items[0],
    uuid: () => {
      const bytes = Array.from({ length: 16 }, () => int(0, 255))
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('')
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    }
  }
}

// Splits `total` into whole numbers proportional to `weights`, never giving a slot more than its cap
// (caps are ignored if they cannot hold the total). The parts always add up to `total` exactly.
export function apportion(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  const out = weights.map(() => 0)
  if (weights.length === 0 || total <= 0) return out
  const capped = caps !== undefined && caps.reduce((a, b) => a + b, 0) >= total
  const room = (i: number) => (capped ? (caps[i] ?? 0) - (out[i] ?? 0) : Infinity)
  let left = total
  while (left > 0) {
    const open = out.map((_, i) => i).filter((i) => room(i) > 0)
    const sum = open.reduce((acc, i) => acc + Math.max(weights[i] ?? 0, 1e-9), 0)
    const fractions: Array<[number, number]> = []
    let given = 0
    for (const i of open) {
      const share = (left * Math.max(weights[i] ?? 0, 1e-9)) / sum
      const take = Math.min(Math.floor(share), room(i))
      out[i] = (out[i] ?? 0) + take
      given += take
      fractions.push([i, share - Math.floor(share)])
    }
    left -= given
    if (given > 0) continue
    // Nothing whole left to share: hand out single units by largest remainder (ties: earlier slot).
    fractions.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    for (const [i] of fractions) {
      if (left === 0) break
      if (room(i) <= 0) continue
      out[i] = (out[i] ?? 0) + 1
      left--
    }
  }
  return out
}

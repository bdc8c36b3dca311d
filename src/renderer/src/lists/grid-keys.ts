/** The row a navigation key moves the highlight to, or null when the key is not one the list handles. */
export function nextRowForKey(key: string, current: number, total: number, pageRows: number): number | null {
  if (total <= 0) return null
  const last = total - 1
  const clamp = (n: number) => Math.max(0, Math.min(last, n))
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1)
    case 'ArrowUp':
      return clamp(current - 1)
    case 'PageDown':
      return clamp(current + Math.max(1, pageRows))
    case 'PageUp':
      return clamp(current - Math.max(1, pageRows))
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}

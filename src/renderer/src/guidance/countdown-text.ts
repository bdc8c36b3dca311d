/** "0:42", "12:05" or "1:02:09": whole seconds left, rounded up so 0:00 only shows once the wait is over. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** Milliseconds until the next change of the shown whole second (or the end), so a countdown ticks on time. */
export function msToNextTick(remainingMs: number): number {
  if (remainingMs <= 0) return 0
  return remainingMs % 1000 || 1000
}

/** Local HH:MM of a moment, for "showing data from 14:02". */
export function clockMinutes(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** How old shown data is, in words: "just now", "2 min ago", or "at 14:02" past an hour. */
export function ageText(updatedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - updatedAt) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  return `at ${clockMinutes(updatedAt)}`
}

import { clockMinutes } from './dates'

/** How old shown data is, in words: "just now", "2 min ago", or "at 14:02" past an hour. */
export function ageText(updatedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - updatedAt) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  return `at ${clockMinutes(updatedAt)}`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Local wall-clock time as HH:MM:SS (24 h), for "Rate limited until …"; null if unparseable. */
export function formatClock(iso: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/** Local HH:MM of a moment, for "showing data from 14:02". */
export function clockMinutes(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Local date and time for error details; the raw string if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString()
}

/** Local calendar date for list columns; an en dash when absent. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
}

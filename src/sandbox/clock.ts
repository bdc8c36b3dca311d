import { randomUUID } from 'node:crypto'

// The API's timestamp format: ISO-8601 UTC to the second with `Z` (`2024-01-15T10:30:00Z`).
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

// A fresh random UUID v4 for new resources and request IDs.
export function newId(): string {
  return randomUUID()
}

/** A JSON object, or null for anything else: lookups read untrusted bodies. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** The objects in a list body under the first of `keys` that holds an array. */
export function listItems(body: unknown, keys: readonly string[]): Record<string, unknown>[] {
  const record = asRecord(body)
  if (record === null) return []
  for (const key of keys) {
    const value = record[key]
    if (Array.isArray(value)) return value.map(asRecord).filter((r): r is Record<string, unknown> => r !== null)
  }
  return []
}

/** `pagination.has_next` of a list body (false when absent). */
export function hasNextPage(body: unknown): boolean {
  return asRecord(asRecord(body)?.pagination)?.has_next === true
}

/** A string field, or undefined. */
export function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' ? value : undefined
}

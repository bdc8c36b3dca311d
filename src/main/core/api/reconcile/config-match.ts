// Dates are compared as instants when both sides parse (the server may render them differently).
function sameValue(sent: unknown, stored: unknown): boolean {
  if (sent === stored) return true
  if (sent === null || stored === null || sent === undefined || stored === undefined) return false
  if (Array.isArray(sent) && Array.isArray(stored)) return sent.length === stored.length && sent.every((v, i) => sameValue(v, stored[i]))
  if (typeof sent === 'string' && typeof stored === 'string') {
    const a = Date.parse(sent)
    const b = Date.parse(stored)
    return /\d{4}-\d{2}-\d{2}/.test(sent) && Number.isFinite(a) && Number.isFinite(b) && a === b
  }
  if (typeof sent === 'object' && typeof stored === 'object') return JSON.stringify(sent) === JSON.stringify(stored)
  return false
}

/**
 * Whether a stored record agrees with every field we sent that the record shows (fields the server
 * does not echo are not evidence either way). Used to tell our lost create from a look-alike.
 */
export function agreesWith(sent: Record<string, unknown>, stored: Record<string, unknown>, ignore: readonly string[] = []): boolean {
  return Object.entries(sent).every(([key, value]) => ignore.includes(key) || value === undefined || !(key in stored) || sameValue(value, stored[key]))
}

/** ColdSend keys anywhere in a text, glued to other words or carrying `_`/`-` (same shape the core redacts). */
const KEY_PATTERN = /cs_(?:live|test)_[A-Za-z0-9_-]*/gi
/** Bearer tokens in pasted headers. */
const BEARER_PATTERN = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi

/** What replaces a key, the same marker the core uses. */
export const KEY_MARK = '[redacted]'

/**
 * Belt over the core's redaction for text leaving the console through the clipboard: anything that
 * looks like a ColdSend key or a bearer token is replaced, even if a record somehow still held one.
 */
export function stripKeys(text: string): string {
  return text.replace(KEY_PATTERN, KEY_MARK).replace(BEARER_PATTERN, `Bearer ${KEY_MARK}`)
}

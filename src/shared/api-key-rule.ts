/** Every ColdSend key starts with this (the only documented prefix, "Production"). */
export const API_KEY_PREFIX = 'cs_live_'

/** Length limits of the part after the prefix (the documented example has 40 characters). */
export const API_KEY_BODY_MIN = 20
export const API_KEY_BODY_MAX = 200

/** What a ColdSend key looks like once trimmed: `cs_live_` and 20–200 of `[A-Za-z0-9_-]`. */
export const API_KEY_PATTERN = /^cs_live_[A-Za-z0-9_-]{20,200}$/

const WHAT_IT_IS = 'A ColdSend API key starts with cs_live_'

// A short guess at what was pasted instead of a key, never quoting it (the value may be another secret).
function lookalike(key: string): string {
  if (/^https?:\/\//i.test(key)) return 'a web address (the Base URL has its own field)'
  if (/^[^\s@]+@[^\s@]+$/.test(key)) return 'an email address'
  if (/^(x-api-key|authorization|bearer)\b/i.test(key)) return 'a whole header line; copy only the key itself'
  if (key.includes(API_KEY_PREFIX)) return 'it has something before cs_live_; copy only the key itself'
  if (/^cs_/i.test(key)) return 'another kind of key (it starts with cs_ but not cs_live_)'
  if (/^sk[-_]/.test(key)) return 'a key for another service'
  return `something else (${[...key].length} characters, no cs_live_ at the start)`
}

/**
 * Why `raw` (trimmed) is not a ColdSend key, or null when it looks like one. Describes the problem
 * without echoing the value. Shared by the contract schema and the renderer's local check.
 */
export function apiKeyProblem(raw: string): string | null {
  const key = raw.trim()
  if (key === '') return 'The API key is empty. Paste a cs_live_ key, or choose to add the key later.'
  if (API_KEY_PATTERN.test(key)) return null
  if (/\s/.test(key)) return `${WHAT_IT_IS} and has no spaces or line breaks — this looks like more than one value was pasted.`
  if (!key.startsWith(API_KEY_PREFIX)) return `${WHAT_IT_IS} — this looks like ${lookalike(key)}.`
  const body = key.slice(API_KEY_PREFIX.length)
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return 'This API key has characters a ColdSend key never has: after cs_live_ come only letters, digits, _ and -.'
  if (body.length < API_KEY_BODY_MIN) return `This API key is too short: after cs_live_ a ColdSend key has at least ${API_KEY_BODY_MIN} characters (this one has ${body.length}). Copy the whole key.`
  return `This API key is too long: after cs_live_ a ColdSend key has at most ${API_KEY_BODY_MAX} characters (this one has ${body.length}).`
}

/** True when `raw` (trimmed) looks like a ColdSend key. */
export function isApiKeyShaped(raw: string): boolean {
  return apiKeyProblem(raw) === null
}

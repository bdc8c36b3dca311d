const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The documented production base URL, offered as the default for a new profile. */
export const DEFAULT_BASE_URL = 'https://api.coldsend.pro/api/public/v1'

/**
 * Client-side Base URL rule, shown on the field before anything is sent: `https://` always, plain
 * `http://` only for loopback (the sandbox, a local proxy). Null when the URL is acceptable.
 */
export function baseUrlProblem(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return 'Base URL is required.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `Enter a full URL, for example ${DEFAULT_BASE_URL}.`
  }
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null
  return 'Base URL must start with https:// (plain http:// is allowed only for 127.0.0.1, localhost or [::1]).'
}

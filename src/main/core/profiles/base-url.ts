const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** True for a URL hostname on this computer: 127.0.0.0/8, ::1 (bracketed or not) and localhost. */
export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

/** The documented production base URL, suggested in Settings. */
export const DEFAULT_COLDSEND_BASE_URL = 'https://api.coldsend.pro/api/public/v1'

/**
 * Checks a profile's base URL: `https://` always, plain `http://` only for loopback (the sandbox,
 * a local proxy). Returns the normalised URL or the reason it is refused.
 */
export function checkBaseUrl(raw: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: 'Base URL is not a valid URL (example: https://api.coldsend.pro/api/public/v1).' }
  }
  if (url.username || url.password) return { ok: false, reason: 'Base URL must not contain a user name or password.' }
  if (url.search || url.hash) return { ok: false, reason: 'Base URL must not contain a query string or fragment.' }
  const loopback = isLoopbackHostname(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, reason: 'Base URL must start with https:// (plain http:// is allowed only for 127.0.0.1 or localhost).' }
  }
  return { ok: true, url: url.toString().replace(/\/+$/, '') }
}

/** The host (and port) of a checked base URL, as messages name the server. */
export function hostOf(url: string): string {
  return new URL(url).host
}

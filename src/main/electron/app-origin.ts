/** The custom scheme the renderer is served from (checklist #18: never file://). */
export const APP_SCHEME = 'app'

/** The only host the app scheme answers for; also the origin every IPC sender must have. */
export const APP_HOST = 'console'

/** The window's start page. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Registered before `ready`: `standard` gives real origins and relative URLs, `secure` makes the page a
 * secure context, `supportFetchAPI` lets the bundle fetch its own assets.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
} as const

/** Sent with every app:// response; the renderer never talks to the network itself, so 'self' is enough. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')

/** True only for URLs on app://console, compared as parsed URLs (never by string prefix). */
export function isAppUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
}

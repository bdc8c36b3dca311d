// A ColdSend key anywhere in text (the server, a proxy or a misconfigured gateway may echo it).
const KEY_PATTERN = /\bcs_(live|test)_[A-Za-z0-9_-]+/g
const BEARER_PATTERN = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi
// Control characters (tabs and newlines included) become spaces; runs of whitespace collapse.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g
// Work on at most this much of a server string, whatever it sent (oversized bodies).
const SCAN_LIMIT = 64 * 1024

/** Scrubs one string before any part of it goes into an error; callers may add the Redactor's own pass. */
export type TextRedactor = (text: string) => string

/**
 * Cleans text the server sent before it goes into an error: bounded scan, control characters and
 * whitespace runs collapsed, ColdSend keys and bearer tokens scrubbed, then cut to `max`.
 */
export function cleanServerText(text: string, max: number, redact?: TextRedactor): string {
  let out = text.slice(0, SCAN_LIMIT).replace(CONTROL, ' ').replace(/\s{2,}/g, ' ').trim()
  out = out.replace(KEY_PATTERN, 'cs_$1_[redacted]').replace(BEARER_PATTERN, 'Bearer [redacted]')
  if (redact) out = redact(out)
  return out.length > max ? `${out.slice(0, max - 1)}…` : out
}

/** True when a text body is an HTML page (a proxy's or gateway's error page), not an API answer. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase()
  return head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body') ||
    /<(title|h1|center|div|p)\b[^>]*>/i.test(head)
}

/** The headline of an HTML error page (`502 Bad Gateway`): its title, else its first heading, else ''. */
export function htmlHeadline(html: string): string {
  const scanned = html.slice(0, SCAN_LIMIT)
  const match = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(scanned) ?? /<h1[^>]*>([^<]{1,300})<\/h1>/i.exec(scanned)
  return match?.[1]?.trim() ?? ''
}

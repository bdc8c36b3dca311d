import { cleanServerText, type TextRedactor } from './server-text'

// A request id worth showing and logging: visible ASCII, bounded (the server's header is untrusted).
const USABLE = /^[\x21-\x7e]{1,200}$/

/**
 * The id support can trace: the server's `X-Request-ID` when it sent a usable one (and not one
 * that carries a secret), else the one we sent.
 */
export function responseRequestId(headers: Headers | undefined, sent: string, redact?: TextRedactor): string {
  const echoed = headers?.get('x-request-id')?.trim()
  if (echoed && USABLE.test(echoed) && cleanServerText(echoed, 200, redact) === echoed) return echoed
  return USABLE.test(sent) ? sent : sent.replace(/[^\x21-\x7e]/g, '').slice(0, 200)
}

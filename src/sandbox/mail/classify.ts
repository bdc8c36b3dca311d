import { invented } from '../wording'
import { CheckAbandoned } from './settings'

/** The fields nodemailer 10 and imapflow 2 put on their errors (see shared smtp-imap notes §2). */
interface MailError {
  message?: unknown
  code?: unknown
  originalCode?: unknown
  responseCode?: unknown
  response?: unknown
  command?: unknown
  timeoutType?: unknown
  authenticationFailed?: unknown
  responseStatus?: unknown
  responseText?: unknown
  serverResponseCode?: unknown
}

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])
const TRANSIENT_SMTP = new Set([421, 432, 454])
const MAX_SERVER_TEXT = 200

const text = (v: unknown): string => (typeof v === 'string' ? v : '')

// Replaces every secret (and nothing else) so no password can reach a detail, a log line or the state file.
export function redact(value: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length > 0).reduce((out, s) => out.split(s).join('***'), value)
}

// The server's own words, first line only and bounded, appended in parentheses when there are any.
function withServerText(reason: string, serverText: string): string {
  const line = serverText.split(/\r?\n/)[0]?.trim() ?? ''
  return line === '' ? reason : `${reason} (${line.slice(0, MAX_SERVER_TEXT)})`
}

// Socket, DNS and TLS failures: both libraries end up with Node's code (nodemailer in originalCode).
function transportReason(code: string, message: string): string | null {
  if (code === 'ECONNREFUSED') return invented.mailRefused
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EDNS') return invented.mailHostNotFound
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return invented.mailHostUnreachable
  if (code === 'ECONNRESET' || code === 'EPIPE') return invented.mailClosed
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong[ _]version[ _]number/i.test(message)) return invented.mailTlsMismatch
  if (CERT_CODES.has(code)) return invented.mailCertUntrusted(message.split('\n')[0] ?? code)
  return null
}

function timeoutReason(kind: string): string {
  if (kind === 'CONNECT_TIMEOUT') return invented.mailConnectTimeout
  if (/^GRE+TING_TIMEOUT$/.test(kind)) return invented.mailGreetingTimeout
  if (kind === 'UPGRADE_TIMEOUT') return invented.mailTlsTimeout
  return invented.mailTimeout
}

// nodemailer's classes (EAUTH, ETLS, ETIMEDOUT, …) → a short reason.
function smtpReason(e: MailError, code: string): string | null {
  const response = text(e.response)
  const status = typeof e.responseCode === 'number' ? e.responseCode : 0
  if (code === 'EAUTH') {
    if (status === 500 || status === 502 || status === 504) return withServerText(invented.mailAuthNotOffered, response)
    if (TRANSIENT_SMTP.has(status)) return withServerText(invented.mailLoginThrottled, response)
    if ((status === 530 || status === 538) && /starttls/i.test(response)) return withServerText(invented.mailTlsRequiredForAuth, response)
    return withServerText(invented.mailAuthFailed, response)
  }
  if (code === 'ETLS' && text(e.command) === 'STARTTLS') return withServerText(invented.mailNoStarttls, response)
  if (code === 'ETIMEDOUT') return timeoutReason(text(e.timeoutType))
  if (code === 'EENVELOPE') return withServerText(invented.mailRecipientRejected, response)
  if (code === 'ECONNECTION' || (code === '' && text(e.message) === 'Connection closed')) return invented.mailClosed
  if (code === 'EPROTOCOL') return withServerText(invented.mailUnexpectedReply, response)
  return null
}

// imapflow's refusals and library codes → a short reason.
function imapReason(e: MailError, code: string, message: string): string | null {
  if (/^(CONNECT|GRE+TING|UPGRADE)_TIMEOUT$/.test(code)) return timeoutReason(code)
  if (code === 'ETIMEOUT') return invented.mailTimeout
  if (/does not support STARTTLS/i.test(message)) return invented.mailNoStarttls
  if (code === 'ETHROTTLE' || text(e.serverResponseCode) === 'UNAVAILABLE') return invented.mailLoginThrottled
  if (/No matching authentication method|Login is disabled/i.test(message)) return invented.mailAuthNotOffered
  if (e.authenticationFailed === true) {
    const reply = [text(e.responseStatus), text(e.serverResponseCode) && `[${text(e.serverResponseCode)}]`, text(e.responseText)]
    return withServerText(invented.mailAuthFailed, reply.filter(Boolean).join(' '))
  }
  if (/^(ClosedAfterConnect(TLS|Text)|EConnectionClosed|NoConnection)$/.test(code)) return invented.mailClosed
  return null
}

// One reason for any nodemailer/imapflow failure, with every secret redacted.
export function classifyMailError(err: unknown, secrets: readonly string[]): string {
  if (err instanceof CheckAbandoned) return invented.mailCheckAbandoned
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as MailError
  const code = text(e.code)
  const message = text(e.message)
  const reason =
    transportReason(text(e.originalCode) || code, message) ?? smtpReason(e, code) ?? imapReason(e, code, message) ?? invented.mailUnexpected(message || code || 'unknown error')
  return redact(reason, secrets)
}

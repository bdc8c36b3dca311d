import type { CauseId, MailFailure, MailDiagnosis } from '../../../shared/contract/mail-check'
import { FIX_CARDS } from '../../../shared/mail-fix-cards'
import { causeFromText } from '../../../shared/mail-cause-text'

/** Re-exported so the core's callers keep importing the classifier from one place. */
export { causeFromText }

/** What the classifier knows besides the failure itself. */
export interface ClassifyContext {
  /** The MX hosts of the mailbox's domain (to spot "you entered the MX host"). */
  mxHosts?: readonly string[]
}

const CERT_UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE'
])
const CERT_EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'])
const IMPLICIT_TLS_PORTS = new Set([465, 993])
// Providers whose mail servers never take the account password (app passwords only): a refusal means "use one".
const APP_PASSWORD_ONLY = /(^|\.)(yahoo\.com|mail\.me\.com|icloud\.com|fastmail\.com)$/i

// Layer first (the engine's own codes), then the server's words; null means "let the text decide".
function causeFromCode(f: MailFailure, ctx: ClassifyContext): CauseId | null {
  const code = f.code ?? ''
  const isMx = ctx.mxHosts?.some((mx) => mx.replace(/\.$/, '').toLowerCase() === f.host.toLowerCase()) ?? false
  if (['ENOTFOUND', 'ENODATA', 'ENONAME', 'ESERVFAIL'].includes(code)) return 'host-not-found'
  if (code === 'EAI_AGAIN' || code === 'DNS_TIMEOUT') return 'dns-unavailable'
  if (code === 'ECONNREFUSED') return isMx ? 'mx-host-entered' : 'connection-refused'
  if (['CONNECT_TIMEOUT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)) return 'connection-timeout'
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO' || (f.step === 'tls' && f.mode === 'ssl' && code === 'ECONNRESET')) return 'tls-mode-mismatch'
  if (/^GRE+TING_TIMEOUT$/.test(code)) return f.mode === 'starttls' && IMPLICIT_TLS_PORTS.has(f.port) ? 'tls-mode-mismatch' : 'connection-timeout'
  if (code === 'TLS_TIMEOUT') return f.mode === 'ssl' ? 'tls-mode-mismatch' : 'connection-timeout'
  if (CERT_UNTRUSTED.has(code)) return 'certificate-untrusted'
  if (CERT_EXPIRED.has(code)) return 'certificate-expired'
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'certificate-wrong-name'
  if (code === 'NO_STARTTLS') return 'no-tls-offered'
  if (code === 'NO_AUTH') return isMx ? 'mx-host-entered' : 'no-auth-offered'
  if (code === 'LOGINDISABLED') return 'login-disabled'
  if (code === 'ETLS' && f.responseCode !== undefined && f.responseCode >= 500) return 'no-tls-offered'
  if (code === 'IMAP_BYE' || code === 'ECONNECTION' || code === 'ECONNRESET') return causeFromText(serverText(f)) === 'throttled' ? 'throttled' : 'connection-closed'
  if (f.responseCode === 421 || f.responseCode === 454 || f.responseCode === 432) return 'throttled'
  return null
}

/** How long to wait after throttling: the server's own backoff when it names one, else 15 minutes. */
export const DEFAULT_COOLDOWN_MS = 15 * 60_000

function cooldownOf(text: string): number {
  const backoff = /backoff time:\s*(\d+)\s*milliseconds/i.exec(text)
  return backoff ? Number(backoff[1]) : DEFAULT_COOLDOWN_MS
}

function serverText(f: MailFailure): string {
  return f.response ?? f.message
}

function detailOf(f: MailFailure, cause: CauseId): string {
  const parts = [`${f.protocol.toUpperCase()} ${f.host}:${f.port} (${f.mode === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}), step ${f.step}: ${f.message}`]
  if (f.certificate && cause.startsWith('certificate-')) {
    const c = f.certificate
    const names = Array.isArray(c.altNames) ? c.altNames.join(', ') : ''
    parts.push(`Certificate: subject ${String(c.subject)}, issuer ${String(c.issuer)}, names ${names || 'none'}, valid to ${String(c.validTo)}.`)
  }
  if (f.response && !f.message.includes(f.response.trim())) parts.push(`The server said: ${f.response}`)
  return parts.join('\n')
}

/** Turns one failure (from a check) or a ColdSend API `detail` string into a cause, its fix card and words. */
export function classifyMailFailure(failure: MailFailure | string, ctx: ClassifyContext = {}): MailDiagnosis {
  if (typeof failure === 'string') {
    const cause = causeFromText(failure) ?? 'unknown'
    const card = FIX_CARDS[cause]
    const cooldown = cause === 'throttled' ? { retryAfterMs: cooldownOf(failure) } : {}
    return { cause, fix: card.id, summary: card.title, detail: `ColdSend said: ${failure}`, retryable: card.retryable, ...cooldown }
  }
  const fromCode = causeFromCode(failure, ctx)
  const fromText = fromCode ?? causeFromText(serverText(failure))
  // A login refusal whose text names nothing more specific is still a credential problem.
  const plain = fromText ?? (failure.step === 'login' ? 'wrong-password' : 'unknown')
  const cause = plain === 'wrong-password' && APP_PASSWORD_ONLY.test(failure.host) ? 'app-password-required' : plain
  const card = FIX_CARDS[cause]
  return {
    cause,
    fix: card.id,
    summary: `${failure.protocol.toUpperCase()}: ${card.title}`,
    detail: detailOf(failure, cause),
    retryable: card.retryable,
    ...(cause === 'throttled' && { retryAfterMs: cooldownOf(`${failure.message}\n${failure.response ?? ''}`) })
  }
}

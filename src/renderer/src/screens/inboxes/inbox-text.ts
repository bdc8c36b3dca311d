import type { Sender } from '../../../../shared/contract/senders'
import { statusLabel } from '../../format/status-label'
import { INBOX_TYPE_LABELS } from './inbox-draft'

/** `CUSTOM_SMTP` → "Other (custom SMTP/IMAP)"; unknown values readable rather than shouting. */
export function inboxTypeLabel(t: string | null | undefined): string {
  if (t && t in INBOX_TYPE_LABELS) return INBOX_TYPE_LABELS[t as keyof typeof INBOX_TYPE_LABELS]
  return t ? statusLabel(t) : '–'
}

/** The API's (undocumented, loosely typed) health summary read once: each side's last result and the first error. */
export function readHealth(inbox: Pick<Sender, 'health'>): { smtpOk: boolean | null; imapOk: boolean | null; lastError: string | null } {
  const h = (inbox.health ?? {}) as { smtp_ok?: unknown; imap_ok?: unknown; last_error?: unknown }
  const side = (v: unknown) => (typeof v === 'boolean' ? v : null)
  return { smtpOk: side(h.smtp_ok), imapOk: side(h.imap_ok), lastError: typeof h.last_error === 'string' ? h.last_error : null }
}

/** The API's health summary in a few words: both sides fine, or which side failed and why. */
export function healthText(inbox: Pick<Sender, 'health'>): string {
  const h = readHealth(inbox)
  if (h.smtpOk === null && h.imapOk === null) return 'Not reported'
  if (h.smtpOk !== false && h.imapOk !== false) return 'SMTP and IMAP OK'
  const sides = [h.smtpOk === false ? 'SMTP' : null, h.imapOk === false ? 'IMAP' : null].filter(Boolean).join(' and ')
  return `${sides} failing${h.lastError ? `: ${h.lastError}` : ''}`
}

/** What is wrong with an inbox for sending, in words; null when it can send. */
export function inboxConcern(inbox: Pick<Sender, 'overall_status' | 'health'>): string | null {
  const status = inbox.overall_status ?? 'UNKNOWN'
  const health = readHealth(inbox)
  if (status === 'PAUSED') return 'Paused: it sends nothing until it is resumed.'
  if (status === 'DISABLED') return 'Disabled: it cannot send.'
  if (status === 'PENDING') return 'Still being validated: it sends once its connection checks pass.'
  if (health.smtpOk === false || health.imapOk === false) return `Failing its connection check${health.lastError ? ` (${health.lastError})` : ''}.`
  if (status !== 'ACTIVE') return `Status ${status}.`
  return null
}

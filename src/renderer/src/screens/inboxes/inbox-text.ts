import type { Sender } from '../../../../shared/contract/senders'
import { INBOX_TYPE_LABELS } from './inbox-draft'

/** `CUSTOM_SMTP` → "Other (custom SMTP/IMAP)"; unknown values readable rather than shouting. */
export function inboxTypeLabel(t: string | null | undefined): string {
  if (t && t in INBOX_TYPE_LABELS) return INBOX_TYPE_LABELS[t as keyof typeof INBOX_TYPE_LABELS]
  return t ? t.charAt(0) + t.slice(1).toLowerCase().replace(/_/g, ' ') : '–'
}

/** The API's health summary in a few words: both sides fine, or which side failed and why. */
export function healthText(inbox: Pick<Sender, 'health'>): string {
  const h = (inbox.health ?? null) as { smtp_ok?: unknown; imap_ok?: unknown; last_error?: unknown } | null
  if (!h || (typeof h.smtp_ok !== 'boolean' && typeof h.imap_ok !== 'boolean')) return 'Not reported'
  if (h.smtp_ok !== false && h.imap_ok !== false) return 'SMTP and IMAP OK'
  const sides = [h.smtp_ok === false ? 'SMTP' : null, h.imap_ok === false ? 'IMAP' : null].filter(Boolean).join(' and ')
  return `${sides} failing${typeof h.last_error === 'string' ? `: ${h.last_error}` : ''}`
}

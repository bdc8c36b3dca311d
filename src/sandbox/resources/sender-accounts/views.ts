import { documented, invented } from '../../wording'
import type { SenderAccountRecord } from './record'

// The documented S1 response fields of an inbox.
function inboxCore(a: SenderAccountRecord) {
  return {
    inbox_id: a.inbox_id,
    email_address: a.email_address,
    display_name: a.display_name,
    inbox_type: a.inbox_type,
    daily_limit: a.daily_limit,
    overall_status: a.overall_status,
    created_at: a.created_at
  }
}

// The S1/S0 201 body, exactly the documented fields.
export function inboxCreated(a: SenderAccountRecord) {
  return { success: true, message: documented.smtpInboxCreated, ...inboxCore(a) }
}

// A one-line health summary: both sides' last result, the latest check time and the first error.
function healthSummary(a: SenderAccountRecord) {
  const { smtp, imap } = a.health
  const times = [smtp.checked_at, imap.checked_at].filter((t): t is string => t !== null).sort()
  const error = smtp.error !== null ? `SMTP: ${smtp.error}` : imap.error !== null ? `IMAP: ${imap.error}` : null
  return { smtp_ok: smtp.ok, imap_ok: imap.ok, last_checked_at: times[times.length - 1] ?? null, last_error: error }
}

// One S9 item / the S10 body: the S1 fields plus connection settings (never passwords or credentials).
export function inboxSummary(a: SenderAccountRecord) {
  return {
    ...inboxCore(a),
    updated_at: a.updated_at,
    smtp_host: a.smtp_host,
    smtp_port: a.smtp_port,
    smtp_username: a.smtp_username,
    smtp_use_tls: a.smtp_use_tls,
    imap_host: a.imap_host,
    imap_port: a.imap_port,
    imap_username: a.imap_username,
    imap_use_ssl: a.imap_use_ssl,
    sent_today: a.sent_today,
    health: healthSummary(a)
  }
}

// S10: `{success, message, …inbox}` (flat, like the campaign detail).
export function inboxDetail(a: SenderAccountRecord) {
  return { success: true, message: invented.senderAccountRetrieved, ...inboxSummary(a) }
}

// S12: the inbox's new status after pause/resume.
export function inboxStatusChanged(a: SenderAccountRecord, message: string) {
  return { success: true, message, inbox_id: a.inbox_id, email_address: a.email_address, overall_status: a.overall_status, updated_at: a.updated_at }
}

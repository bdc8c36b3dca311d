import { findColumn } from '../../../csv/header-match'
import type { InboxFormValues } from '../inbox-draft'

/** A form field a CSV column can fill (every field of the single Add inbox form). */
export type InboxField = keyof InboxFormValues

/**
 * The fields the import maps, labelled as on Add inbox, with the headers that name them. Ports,
 * provider, daily limit and the IMAP login may be left unmapped (see `rowValues` for their defaults).
 */
export const INBOX_IMPORT_FIELDS: readonly { field: InboxField; label: string; hints: readonly string[]; optional?: true }[] = [
  { field: 'email_address', label: 'Email', hints: ['email_address', 'email', 'e-mail', 'email address', 'address', 'from'] },
  { field: 'display_name', label: 'Display name', hints: ['display_name', 'sender name', 'name', 'from name', 'display name'] },
  { field: 'inbox_type', label: 'Inbox type', hints: ['inbox_type', 'provider', 'type', 'inbox type'], optional: true },
  { field: 'daily_limit', label: 'Daily limit', hints: ['daily_limit', 'daily limit', 'limit', 'per day'], optional: true },
  { field: 'smtp_host', label: 'SMTP host', hints: ['smtp_host', 'smtp server', 'smtp hostname', 'outgoing server'] },
  { field: 'smtp_port', label: 'SMTP port', hints: ['smtp_port'], optional: true },
  { field: 'smtp_username', label: 'SMTP username', hints: ['smtp_username', 'smtp user', 'smtp login', 'username', 'user', 'login'] },
  { field: 'smtp_password', label: 'SMTP password', hints: ['smtp_password', 'smtp pass', 'password', 'pass'] },
  { field: 'imap_host', label: 'IMAP host', hints: ['imap_host', 'imap server', 'imap hostname', 'incoming server'] },
  { field: 'imap_port', label: 'IMAP port', hints: ['imap_port'], optional: true },
  { field: 'imap_username', label: 'IMAP username', hints: ['imap_username', 'imap user', 'imap login'], optional: true },
  { field: 'imap_password', label: 'IMAP password', hints: ['imap_password', 'imap pass'], optional: true }
]

/** Form field → CSV column header; absent = not in the file (a default applies or the row is invalid). */
export type InboxMapping = Partial<Record<InboxField, string>>

/** Fields whose cells are secrets: masked in every preview and never shown back. */
export const PASSWORD_FIELDS: readonly InboxField[] = ['smtp_password', 'imap_password']

/**
 * Picks each field's column by its header (`smtp_host`, "SMTP Host", "smtp-host" alike), each column
 * used once, in field order — so "password" goes to SMTP password only when no `smtp_password` exists.
 */
export function guessInboxMapping(columns: readonly string[]): InboxMapping {
  const mapping: InboxMapping = {}
  const used = new Set<string>()
  for (const { field, hints } of INBOX_IMPORT_FIELDS) {
    const found = findColumn(
      columns.filter((c) => !used.has(c)),
      hints
    )
    if (found === undefined) continue
    mapping[field] = found
    used.add(found)
  }
  return mapping
}

/** Whether a column holds secrets: mapped to a password field, or its header says pass/secret. */
export function isSecretColumn(column: string, mapping: InboxMapping): boolean {
  return PASSWORD_FIELDS.some((f) => mapping[f] === column) || /pass|secret|token/i.test(column)
}

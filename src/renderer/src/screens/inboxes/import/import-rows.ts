import { INBOX_TYPES } from '../../../../../shared/contract/senders'
import { cleanPassword } from '../../../../../shared/mail-password'
import type { FieldIssue } from '../../../forms/field-issue'
import { EMPTY_INBOX, inboxFormSchema, type InboxFormValues } from '../inbox-draft'
import { INBOX_IMPORT_FIELDS, type InboxMapping } from './inbox-columns'

/** What the local connection test said about a row. */
export type RowCheck = { state: 'ok' } | { state: 'failed'; title: string } | { state: 'error'; title: string }

/** What ColdSend's bulk job said about a row. */
export type RowOutcome = { status: 'created'; inboxId: string | null } | { status: 'failed'; reason: string }

/**
 * One CSV row on its way in: its number in the file (1 = first line after the header), the form values
 * it fills (passwords only in memory), its local problems, and what the test and the job said.
 */
export interface ImportRow {
  row: number
  values: InboxFormValues
  issues: FieldIssue[]
  check?: RowCheck
  outcome?: RowOutcome
  /** Changed by hand since the file was read (kept in view until it is imported). */
  edited?: true
}

const TYPE_ALIASES: Record<string, (typeof INBOX_TYPES)[number]> = {
  google: 'GOOGLE_WORKSPACE', gmail: 'GOOGLE_WORKSPACE', 'google workspace': 'GOOGLE_WORKSPACE', google_workspace: 'GOOGLE_WORKSPACE',
  outlook: 'OUTLOOK_365', microsoft: 'OUTLOOK_365', 'microsoft 365': 'OUTLOOK_365', office365: 'OUTLOOK_365', outlook_365: 'OUTLOOK_365',
  custom: 'CUSTOM_SMTP', smtp: 'CUSTOM_SMTP', other: 'CUSTOM_SMTP', custom_smtp: 'CUSTOM_SMTP', '': 'CUSTOM_SMTP'
}

// A provider cell → the wire value; unknown text is kept so the form's rule names it.
function inboxType(cell: string): InboxFormValues['inbox_type'] {
  return TYPE_ALIASES[cell.trim().toLowerCase()] ?? (cell.trim() as InboxFormValues['inbox_type'])
}

/**
 * A CSV row → Add inbox form values. Unmapped ports take the form's defaults (587, 993), an unmapped
 * provider is custom SMTP, and an unmapped IMAP login reuses the SMTP one (most mailboxes share it).
 * Passwords are cleaned as on the form (paste accidents, spaced app passwords).
 */
export function rowValues(cells: readonly string[], columns: readonly string[], mapping: InboxMapping): InboxFormValues {
  const cell = (field: keyof InboxFormValues): string | undefined => {
    const column = mapping[field]
    if (column === undefined) return undefined
    const index = columns.indexOf(column)
    return index < 0 ? undefined : (cells[index] ?? '')
  }
  const values: InboxFormValues = { ...EMPTY_INBOX }
  for (const { field } of INBOX_IMPORT_FIELDS) {
    const text = cell(field)
    if (text === undefined) continue
    if (field === 'inbox_type') values.inbox_type = inboxType(text)
    else if (field === 'smtp_password' || field === 'imap_password') values[field] = cleanPassword(text).value
    else if ((field === 'smtp_port' || field === 'imap_port') && text.trim() === '') continue
    else values[field] = text
  }
  if (mapping.imap_username === undefined) values.imap_username = values.smtp_username
  if (mapping.imap_password === undefined) values.imap_password = values.smtp_password
  return values
}

/** The Add inbox form's own rules applied to one row: its problems by field (empty = valid). */
export function validateRow(values: InboxFormValues): FieldIssue[] {
  const checked = inboxFormSchema.safeParse(values)
  if (checked.success) return []
  return checked.error.issues.map((issue) => ({ path: issue.path.join('.'), msg: issue.message }))
}

/** Every data row of the file as an ImportRow, validated, numbered from 1. */
export function buildRows(rows: readonly (readonly string[])[], columns: readonly string[], mapping: InboxMapping): ImportRow[] {
  return rows.map((cells, i) => {
    const values = rowValues(cells, columns, mapping)
    return { row: i + 1, values, issues: validateRow(values) }
  })
}

/** Whether the import should send this row: valid, not yet created, and (unless chosen) its local test did not fail. */
export function isSendable(row: ImportRow, includeFailedChecks: boolean): boolean {
  if (row.issues.length > 0 || row.outcome?.status === 'created') return false
  return includeFailedChecks || row.check === undefined || row.check.state === 'ok'
}

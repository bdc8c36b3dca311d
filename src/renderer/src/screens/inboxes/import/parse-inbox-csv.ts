import Papa from 'papaparse'

/** The most rows one import takes: enough for a domain batch, few enough to test and show at once. */
export const MAX_IMPORT_ROWS = 1000

/** A whole inbox CSV: its headers and every data row (cells as text, ragged rows kept). */
export interface InboxCsv {
  columns: string[]
  rows: string[][]
}

/**
 * Reads the whole file (BOM stripped, blank lines skipped, as the leads preview does) or says why
 * not: no header, no data rows, or more than MAX_IMPORT_ROWS rows.
 */
export function parseInboxCsv(text: string): InboxCsv | { error: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header, ...rows] = parsed.data
  const columns = (header ?? []).map((c) => c.trim())
  if (columns.length === 0 || columns.every((c) => c === '')) return { error: 'The file has no header row: the first line must name the columns (e.g. email_address, smtp_host).' }
  if (rows.length === 0) return { error: 'The file has a header row but no inboxes below it.' }
  if (rows.length > MAX_IMPORT_ROWS) return { error: `The file has ${rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}. Split it into smaller files.` }
  return { columns, rows }
}

/** The template's header: one column per field, named as the API names them (every name is auto-detected). */
export const TEMPLATE_COLUMNS = [
  'email_address', 'display_name', 'inbox_type', 'daily_limit',
  'smtp_host', 'smtp_port', 'smtp_username', 'smtp_password',
  'imap_host', 'imap_port', 'imap_username', 'imap_password'
] as const

/** A CSV template to fill in: the header and one example row whose passwords are left empty. */
export function templateCsv(): string {
  const example = ['ana@example.com', 'Ana Example', 'CUSTOM_SMTP', '', 'smtp.example.com', '587', 'ana@example.com', '', 'imap.example.com', '993', 'ana@example.com', '']
  return `${TEMPLATE_COLUMNS.join(',')}\n${example.join(',')}\n`
}

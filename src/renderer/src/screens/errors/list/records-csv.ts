import Papa from 'papaparse'
import type { ErrorLogRecord } from '../../../../../shared/contract/error-log'

/** CSV columns of an export, in order (one record a row). */
export const CSV_COLUMNS = ['time', 'profile', 'operation', 'method', 'path', 'status', 'kind', 'message', 'detail', 'requestId', 'attempts', 'durationMs', 'guidance'] as const

/**
 * A cell that a spreadsheet would run as a formula (starting with = + - @, or a tab / carriage return
 * before one) gets a leading apostrophe, so opening the CSV never executes what a server sent back.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const text = (value: string | number | undefined) => (value === undefined ? '' : typeof value === 'number' ? String(value) : guardCell(value))

/** The records as CSV text (header row, CRLF lines, quoted where needed, formula cells guarded). */
export function recordsCsv(records: readonly ErrorLogRecord[]): string {
  const rows = records.map((r) => [
    text(r.time),
    text(r.profileName ?? r.profileId),
    text(r.operation),
    text(r.method),
    text(r.path),
    text(r.status),
    text(r.kind),
    text(r.message),
    text(r.detail),
    text(r.requestId),
    text(r.attempts),
    text(r.durationMs),
    text(r.guidance)
  ])
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })
}

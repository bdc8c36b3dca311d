import { parse } from 'csv-parse/sync'
import { invented } from '../../wording'

/** Most data rows one upload may carry (documented). */
export const MAX_UPLOAD_ROWS = 10_000

/** A CSV read into its (trimmed) header row and data rows, or why it cannot be used (a 400). */
export type CsvTable = { ok: true; headers: string[]; rows: string[][] } | { ok: false; problem: string }

/**
 * Reads an uploaded CSV with csv-parse: UTF-8 with or without BOM, quoted fields (commas, quotes and
 * line breaks inside quotes), LF or CRLF, ragged rows allowed; blank lines and rows whose cells are
 * all empty are skipped, so data row numbers count only the rows that remain.
 */
export function readCsv(data: Buffer): CsvTable {
  let records: string[][]
  try {
    records = parse(data, { bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true })
  } catch (err) {
    return { ok: false, problem: invented.csvUnreadable((err as Error).message) }
  }
  const [header, ...rows] = records
  if (header === undefined) return { ok: false, problem: invented.csvEmpty }
  if (rows.length === 0) return { ok: false, problem: invented.csvNoRows }
  if (rows.length > MAX_UPLOAD_ROWS) return { ok: false, problem: invented.csvTooManyRows(rows.length) }
  return { ok: true, headers: header.map((h) => h.trim()), rows }
}

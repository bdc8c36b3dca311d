import { INBOX_IMPORT_FIELDS } from './inbox-columns'
import type { ImportRow } from './import-rows'

const LABELS = new Map<string, string>(INBOX_IMPORT_FIELDS.map(({ field, label }) => [field, label]))

/** A row's local problems in words, each with its field's label ("SMTP port: A port is a number …"). */
export function problemTexts(row: ImportRow): string[] {
  return row.issues.map((i) => `${LABELS.get(i.path) ?? i.path}: ${i.msg}`)
}

/** The test column's text: not tested, OK, or the diagnosis title(s). */
export function checkText(row: ImportRow): string {
  if (row.issues.length > 0) return '—'
  if (!row.check) return 'Not tested'
  return row.check.state === 'ok' ? 'OK' : row.check.title
}

/** The import column's text: not sent yet, created, or the server's reason. */
export function outcomeText(row: ImportRow): string {
  if (!row.outcome) return row.issues.length > 0 ? 'Fix the row first' : row.edited ? 'Edited, not imported yet' : 'Not imported yet'
  return row.outcome.status === 'created' ? 'Created' : `Failed: ${row.outcome.reason}`
}

/** Whether the row needs the operator: local problems, a failed test, a failed import, or an edit not imported yet. */
export function needsAttention(row: ImportRow): boolean {
  if (row.outcome?.status === 'created') return false
  return row.issues.length > 0 || (row.edited === true && row.outcome === undefined) || (row.check !== undefined && row.check.state !== 'ok') || row.outcome?.status === 'failed'
}

/** Counts for the summary line: how many rows are valid, tested OK, created and failed. */
export function rowCounts(rows: readonly ImportRow[]) {
  return {
    total: rows.length,
    invalid: rows.filter((r) => r.issues.length > 0).length,
    testedOk: rows.filter((r) => r.check?.state === 'ok').length,
    testFailed: rows.filter((r) => r.check !== undefined && r.check.state !== 'ok').length,
    created: rows.filter((r) => r.outcome?.status === 'created').length,
    failed: rows.filter((r) => r.outcome?.status === 'failed').length
  }
}

import type { AppError } from '../../../../../shared/contract/app-error'
import type { ImportRow, RowOutcome } from './import-rows'

/** A job's per-row result as the API reports it (`{index, email_address, status, inbox_id | error}`), read loosely. */
export type JobResult = Record<string, unknown>

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined)

// One result → created or failed, with the server's own reason.
function outcomeOf(result: JobResult): RowOutcome {
  const status = text(result['status'])?.toLowerCase()
  const created = status === 'created' || status === 'success' || (status === undefined && result['success'] === true)
  if (created) return { status: 'created', inboxId: text(result['inbox_id']) ?? null }
  return { status: 'failed', reason: text(result['error']) ?? text(result['message']) ?? text(result['detail']) ?? 'ColdSend refused this inbox (no reason given).' }
}

/**
 * A finished job's results → outcome per file row. `sent[i]` is the row sent as item `i` of the job;
 * a result names its item by `index` (else by `email_address`); rows the job says nothing about are
 * failed with `missing` (so they can be retried, never silently dropped).
 */
export function jobOutcomes(sent: readonly ImportRow[], results: readonly JobResult[], missing = 'ColdSend reported no result for this row.'): Map<number, RowOutcome> {
  const outcomes = new Map<number, RowOutcome>()
  for (const result of results) {
    const index = result['index']
    const byIndex = typeof index === 'number' && Number.isInteger(index) ? sent[index] : undefined
    const email = text(result['email_address'])?.trim().toLowerCase()
    const target = byIndex ?? sent.find((r) => !outcomes.has(r.row) && r.values.email_address.trim().toLowerCase() === email)
    if (target) outcomes.set(target.row, outcomeOf(result))
  }
  for (const row of sent) if (!outcomes.has(row.row)) outcomes.set(row.row, { status: 'failed', reason: missing })
  return outcomes
}

/**
 * Why a whole request was refused, per row: a validation error's issues at `inboxes.<i>.<field>` land
 * on item i (field named), anything else is the same reason for every row sent.
 */
export function refusalOutcomes(sent: readonly ImportRow[], error: AppError): Map<number, RowOutcome> {
  const perRow = new Map<number, string[]>()
  if (error.kind === 'validation') {
    for (const issue of error.issues) {
      const match = /inboxes\.(\d+)\.?([\w.]*)/.exec(issue.path)
      const row = match ? sent[Number(match[1])] : undefined
      if (row) perRow.set(row.row, [...(perRow.get(row.row) ?? []), match?.[2] ? `${match[2]}: ${issue.msg}` : issue.msg])
    }
  }
  return new Map(sent.map((r) => [r.row, { status: 'failed', reason: perRow.get(r.row)?.join(' ') ?? error.message }]))
}

/** The rows with the outcomes merged in by row number (rows not in `outcomes` are unchanged). */
export function mergeOutcomes(rows: readonly ImportRow[], outcomes: ReadonlyMap<number, RowOutcome>): ImportRow[] {
  return rows.map((r) => {
    const outcome = outcomes.get(r.row)
    return outcome ? { ...r, outcome } : r
  })
}

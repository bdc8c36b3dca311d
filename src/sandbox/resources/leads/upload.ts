import { isoSeconds, newId } from '../../clock'
import type { Issue } from '../../validation'
import { framework } from '../../wording'
import { readCsv } from './csv'
import type { FormPart } from './form'
import { parseMapping, planColumns, toPendingRow } from './mapping'
import type { LeadUploadJob } from './record'

/** The two form parts L1 needs, once FastAPI's form validation passed. */
export interface UploadParts {
  file: Buffer
  mapping: string
}

// FastAPI's form validation of `file: UploadFile = File(...)` and `mapping: str = Form(...)`:
// absent or empty-string parts are "field required"; a text `file` or a file `mapping` is the wrong type.
export function checkUploadParts(parts: ReadonlyMap<string, FormPart>): { ok: true; value: UploadParts } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = []
  const missing = (name: string) => issues.push({ loc: ['body', name], msg: framework.fieldRequired, type: 'value_error.missing' })
  const file = parts.get('file')
  const mapping = parts.get('mapping')
  if (file === undefined || (file.kind === 'field' && file.value === '')) missing('file')
  else if (file.kind === 'field') issues.push({ loc: ['body', 'file'], msg: framework.expectedUploadFile("<class 'str'>"), type: 'value_error' })
  if (mapping === undefined || (mapping.kind === 'field' && mapping.value === '')) missing('mapping')
  else if (mapping.kind === 'file') issues.push({ loc: ['body', 'mapping'], msg: framework.strType, type: 'type_error.str' })
  if (issues.length > 0 || file?.kind !== 'file' || mapping?.kind !== 'field') return { ok: false, issues }
  return { ok: true, value: { file: file.data, mapping: mapping.value } }
}

// Turns a checked upload into a new PENDING job holding every mapped row, or the 400 problem
// (checked in this order: mapping syntax, CSV readability and size, mapping columns vs header).
export function newUploadJob(parts: UploadParts, campaignId: string, now: Date): { ok: true; job: LeadUploadJob } | { ok: false; problem: string } {
  const mapping = parseMapping(parts.mapping)
  if (!mapping.ok) return mapping
  const table = readCsv(parts.file)
  if (!table.ok) return table
  const columns = planColumns(mapping.mapping, table.headers)
  if (!columns.ok) return columns
  const pending = table.rows.map((cells, i) => toPendingRow(cells, i + 1, columns.plan))
  return {
    ok: true,
    job: {
      job_id: newId(),
      campaign_id: campaignId,
      batch_id: newId(),
      status: 'PENDING',
      total_count: pending.length,
      processed_count: 0,
      success_count: 0,
      duplicate_count: 0,
      error_count: 0,
      errors: [],
      pending,
      created_at: isoSeconds(now),
      clock_origin: now.toISOString(),
      started_at: null,
      completed_at: null
    }
  }
}

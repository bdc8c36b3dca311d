import { invented } from '../../wording'
import type { PendingLeadRow } from './record'

/** Lead fields with their own columns; any other mapping key names a custom field. */
const STANDARD = ['email', 'first_name', 'last_name', 'company'] as const

/** Which CSV column feeds each lead field, by column index. */
export interface ColumnPlan {
  email: number
  first_name: number | null
  last_name: number | null
  company: number | null
  /** Custom field name → column: mapped non-standard keys, then every unmapped, named column. */
  custom: Array<[string, number]>
}

/** The `mapping` form field as JSON: field → header. */
export type MappingText = { ok: true; mapping: Record<string, string> } | { ok: false; problem: string }

// Parses the `mapping` part: a JSON object of non-empty strings with at least `email`.
export function parseMapping(text: string): MappingText {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: invented.mappingNotJson }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: invented.mappingNotObject }
  const entries = Object.entries(value as Record<string, unknown>)
  const bad = entries.find(([, header]) => typeof header !== 'string' || header.trim() === '')
  if (bad) return { ok: false, problem: invented.mappingBadValue(bad[0]) }
  if (!Object.hasOwn(value, 'email')) return { ok: false, problem: invented.mappingNoEmail }
  return { ok: true, mapping: Object.fromEntries(entries.map(([k, v]) => [k, (v as string).trim()])) }
}

// Resolves a mapping against the CSV header row; every named header must exist (exact, after trimming).
export function planColumns(mapping: Record<string, string>, headers: readonly string[]): { ok: true; plan: ColumnPlan } | { ok: false; problem: string } {
  const missing = [...new Set(Object.values(mapping))].filter((h) => !headers.includes(h))
  if (missing.length > 0) return { ok: false, problem: invented.mappingUnknownColumns(missing) }
  const at = (field: string): number | null => (mapping[field] === undefined ? null : headers.indexOf(mapping[field]))
  const used = new Set(Object.values(mapping))
  const unmapped = headers.flatMap((h, i): Array<[string, number]> => (h !== '' && !used.has(h) && headers.indexOf(h) === i ? [[h, i]] : []))
  const mappedCustom = Object.entries(mapping)
    .filter(([field]) => !(STANDARD as readonly string[]).includes(field))
    .map(([field, header]): [string, number] => [field, headers.indexOf(header)])
  return {
    ok: true,
    plan: { email: at('email') ?? 0, first_name: at('first_name'), last_name: at('last_name'), company: at('company'), custom: [...unmapped, ...mappedCustom] }
  }
}

// One data row as a waiting job row; empty name/company cells become null.
export function toPendingRow(cells: readonly string[], rowNumber: number, plan: ColumnPlan): PendingLeadRow {
  const text = (i: number | null): string | null => {
    const v = i === null ? '' : (cells[i] ?? '').trim()
    return v === '' ? null : v
  }
  return {
    row: rowNumber,
    email: cells[plan.email] ?? '',
    first_name: text(plan.first_name),
    last_name: text(plan.last_name),
    company: text(plan.company),
    custom_fields: Object.fromEntries(plan.custom.map(([name, i]) => [name, cells[i] ?? '']))
  }
}

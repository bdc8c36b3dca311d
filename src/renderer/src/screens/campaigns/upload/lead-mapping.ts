import { findColumn } from '../../../csv/header-match'

/** The lead fields the upload dialog maps; `email` is required, the rest optional. */
export const LEAD_FIELDS = [
  { field: 'email', label: 'Email column', hints: ['email', 'e-mail', 'email address', 'mail'] },
  { field: 'first_name', label: 'First name column', hints: ['first name', 'first_name', 'firstname', 'given name'] },
  { field: 'last_name', label: 'Last name column', hints: ['last name', 'last_name', 'lastname', 'surname', 'family name'] },
  { field: 'company', label: 'Company column', hints: ['company', 'company name', 'organization', 'organisation'] }
] as const

/** A lead field name, e.g. `first_name`. */
export type LeadField = (typeof LEAD_FIELDS)[number]['field']

/** Lead field → CSV column header; absent = not imported. */
export type LeadMapping = Partial<Record<LeadField, string>>

const looksLikeEmail = (cell: string | undefined) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test((cell ?? '').trim())

/**
 * The column holding email addresses when no header says so: the first whose preview cells are
 * mostly addresses (at least half of the non-empty ones), or undefined.
 */
export function detectEmailColumn(columns: readonly string[], rows: readonly (readonly string[])[]): string | undefined {
  return columns.find((column, i) => {
    if (column === '') return false
    const cells = rows.map((r) => r[i] ?? '').filter((c) => c.trim() !== '')
    return cells.length > 0 && cells.filter(looksLikeEmail).length * 2 >= cells.length
  })
}

/**
 * Picks the obvious column for each field by its header (case and spacing ignored), so most files
 * need no clicks; with preview rows, an email column no header names is found by its contents.
 */
export function guessMapping(columns: readonly string[], rows: readonly (readonly string[])[] = []): LeadMapping {
  const mapping: LeadMapping = {}
  for (const { field, hints } of LEAD_FIELDS) {
    const found = findColumn(columns, hints)
    if (found !== undefined) mapping[field] = found
  }
  mapping.email ??= detectEmailColumn(columns, rows)
  if (mapping.email === undefined) delete mapping.email
  return mapping
}

/**
 * The columns the import keeps as custom fields: every named column no lead field is mapped to, once
 * each (the API imports them as custom fields under their header, usable as `{{header}}`).
 */
export function customColumns(columns: readonly string[], mapping: LeadMapping): string[] {
  const used = new Set(Object.values(mapping).filter((c): c is string => typeof c === 'string'))
  return columns.filter((c, i) => c !== '' && !used.has(c) && columns.indexOf(c) === i)
}

/** What a column becomes on import: the lead field it is mapped to, else a custom field. */
export function columnRole(column: string, mapping: LeadMapping): { field: LeadField; label: string } | { custom: string } {
  const found = LEAD_FIELDS.find(({ field }) => mapping[field] === column)
  return found ? { field: found.field, label: found.label.replace(/ column$/, '') } : { custom: column }
}

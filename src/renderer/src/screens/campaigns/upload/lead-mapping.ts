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

/** Picks the obvious column for each field by its header (case and spacing ignored), so most files need no clicks. */
export function guessMapping(columns: readonly string[]): LeadMapping {
  const normal = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ')
  const mapping: LeadMapping = {}
  for (const { field, hints } of LEAD_FIELDS) {
    const found = columns.find((c) => (hints as readonly string[]).map(normal).includes(normal(c)))
    if (found !== undefined) mapping[field] = found
  }
  return mapping
}

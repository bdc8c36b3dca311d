/* The merge data a preview renders with: a real lead's fields, or plausible sample values. */

/** A lead as the preview needs it (the leads list's shape; `job_title` when the caller has it). */
export interface PreviewLead {
  lead_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  job_title?: string | null
  custom_fields?: Record<string, unknown>
}

/** Standard fields filled in by the "Sample data" choice. */
export const SAMPLE_STANDARD_FIELDS: Readonly<Record<string, string>> = {
  email: 'alex.morgan@example.com',
  first_name: 'Alex',
  last_name: 'Morgan',
  company: 'Northwind Traders',
  job_title: 'Head of Operations'
}

/** Sample data: plausible standard fields, and each custom field shown as `[field name]`. */
export function sampleData(leadFields: Iterable<string>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const field of leadFields) data[field] = `[${field}]`
  return { ...data, ...SAMPLE_STANDARD_FIELDS }
}

/** A lead's merge data: custom fields at the top level (as `{{column_name}}` reads them), standard fields over them. */
export function leadData(lead: PreviewLead): Record<string, unknown> {
  return {
    ...(lead.custom_fields ?? {}),
    email: lead.email,
    first_name: lead.first_name ?? null,
    last_name: lead.last_name ?? null,
    company: lead.company ?? null,
    job_title: lead.job_title ?? lead.custom_fields?.job_title ?? null
  }
}

/** True when a merge value would print something (not null, undefined or blank). */
export function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && String(value).trim() !== ''
}

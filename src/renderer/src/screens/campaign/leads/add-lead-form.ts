import { z } from 'zod'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { LeadAddInput } from '../../../../../shared/contract/leads'
import type { FieldIssue } from '../../../forms/field-issue'

/** One custom field row as typed: its name (the `{{name}}` merge field) and value. */
export interface CustomFieldRow {
  key: string
  value: string
}

/** What the Add lead form holds: exactly what was typed, so nothing is lost when the server refuses it. */
export interface AddLeadValues {
  email: string
  first_name: string
  last_name: string
  company: string
  custom_fields: CustomFieldRow[]
}

/** The form's paths in display order; custom field rows by index (`custom_fields.0.value`). */
export const ADD_LEAD_FIELDS = ['email', 'first_name', 'last_name', 'company', 'custom_fields.*.key', 'custom_fields.*.value'] as const

/** Human names of the paths, for banner lines. */
export const ADD_LEAD_LABELS: Readonly<Record<string, string>> = { email: 'Email', first_name: 'First name', last_name: 'Last name', company: 'Company', custom_fields: 'Custom fields' }

/** An empty form. */
export const EMPTY_LEAD: AddLeadValues = { email: '', first_name: '', last_name: '', company: '', custom_fields: [] }

/** Local checks before anything is sent: an email, and custom field names that are given and distinct. The server checks the address itself. */
export const addLeadSchema: z.ZodType<AddLeadValues, AddLeadValues> = z
  .object({
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    company: z.string(),
    custom_fields: z.array(z.object({ key: z.string(), value: z.string() }))
  })
  .superRefine((values, ctx) => {
    if (values.email.trim() === '') ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter the lead’s email address.' })
    else if (!values.email.includes('@')) ctx.addIssue({ code: 'custom', path: ['email'], message: 'An email address has an @ (for example ana@acme.com).' })
    const seen = new Set<string>()
    values.custom_fields.forEach((row, i) => {
      const key = row.key.trim()
      if (key === '' && row.value.trim() !== '') ctx.addIssue({ code: 'custom', path: ['custom_fields', i, 'key'], message: 'Name this field (it becomes the {{merge field}}).' })
      else if (key !== '' && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['custom_fields', i, 'key'], message: `“${key}” is already used above.` })
      seen.add(key)
    })
  })

const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim())

/** The `leads.add` input from checked values: blanks become null, empty custom rows are left out. */
export function addLeadInput(campaignId: string, values: AddLeadValues): LeadAddInput {
  const custom = values.custom_fields.filter((r) => r.key.trim() !== '')
  return {
    campaign_id: campaignId,
    email: values.email.trim(),
    first_name: textOrNull(values.first_name),
    last_name: textOrNull(values.last_name),
    company: textOrNull(values.company),
    ...(custom.length > 0 ? { custom_fields: Object.fromEntries(custom.map((r) => [r.key.trim(), r.value])) } : {})
  }
}

/**
 * Where a refusal of `leads.add` goes on this form: validation issues by path, with the API's
 * `custom_fields.<name>` turned into that row's value; a 409 (already a lead of this campaign) on
 * Email. Empty when the error belongs in a notice instead.
 */
export function addLeadIssues(error: AppError, values: AddLeadValues): FieldIssue[] {
  if (error.kind === 'conflict') return [{ path: 'email', msg: `${values.email.trim()} is already a lead of this campaign.` }]
  if (error.kind !== 'validation') return []
  return error.issues.map((issue) => {
    const match = /^custom_fields\.(.+)$/.exec(issue.path)
    if (!match || /^custom_fields\.\d+\.(key|value)$/.test(issue.path)) return { path: issue.path, msg: issue.msg }
    const row = values.custom_fields.findIndex((r) => r.key.trim() === match[1])
    return row >= 0 ? { path: `custom_fields.${row}.value`, msg: issue.msg } : { path: 'custom_fields', msg: issue.msg }
  })
}

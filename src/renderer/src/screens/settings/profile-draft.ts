import type { OpInput } from '../../../../shared/contract/operations'
import type { ProfileView } from '../../../../shared/contract/profiles'
import type { FieldIssue } from '../../forms/field-issue'
import { baseUrlProblem } from './base-url-rule'

/** What the profile form holds while the operator types. */
export interface ProfileFormValues {
  name: string
  baseUrl: string
  apiKey: string
}

/** The form's paths in display order; they match `profiles.save` input names so core issues land on them. */
export const PROFILE_FORM_FIELDS = ['name', 'baseUrl', 'apiKey'] as const

/** Client-side checks run before saving (name present, https rule for the Base URL). */
export function profileIssues(values: ProfileFormValues, options: { forTest?: boolean } = {}): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (!options.forTest && values.name.trim() === '') issues.push({ path: 'name', msg: 'Name is required.' })
  const urlProblem = baseUrlProblem(values.baseUrl)
  if (urlProblem) issues.push({ path: 'baseUrl', msg: urlProblem })
  return issues
}

/** The `profiles.save` input: the key only when one was typed (empty keeps the stored key). */
export function saveInput(values: ProfileFormValues, editing: ProfileView | null): OpInput<'profiles.save'> {
  const input: OpInput<'profiles.save'> = { name: values.name.trim(), baseUrl: values.baseUrl.trim() }
  if (editing) input.id = editing.id
  const key = values.apiKey.trim()
  if (key) input.apiKey = key
  return input
}

/**
 * The `profiles.test` input for the draft: `{id}` for an unchanged saved profile, the typed key and
 * URL when a key was typed, otherwise the stored key (by id) against the edited URL.
 */
export function testInput(values: ProfileFormValues, editing: ProfileView | null): OpInput<'profiles.test'> {
  const baseUrl = values.baseUrl.trim()
  const key = values.apiKey.trim()
  if (key) return { baseUrl, apiKey: key }
  if (editing) return baseUrl === editing.baseUrl ? { id: editing.id } : { id: editing.id, baseUrl }
  return { baseUrl }
}

import { z } from 'zod'
import type { OpInput } from '../../../../shared/contract/operations'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { baseUrlProblem } from './base-url-rule'
import { apiKeyProblem } from '../../../../shared/api-key-rule'

/** What the profile form holds while the operator types. */
export interface ProfileFormValues {
  name: string
  baseUrl: string
  apiKey: string
  /** The explicit choice to save a new profile without a key ("No key yet"). */
  withoutKey: boolean
}

/** The form's paths in display order; they match `profiles.save` input names so core issues land on them. */
export const PROFILE_FORM_FIELDS = ['name', 'baseUrl', 'apiKey', 'withoutKey'] as const

/** Labels for banner lines about profile paths this form does not show. */
export const PROFILE_FIELD_LABELS: Readonly<Record<string, string>> = { nextActiveId: 'Next profile' }

type Ctx = z.RefinementCtx

function checkCommon(values: ProfileFormValues, ctx: Ctx, editing: ProfileView | null): void {
  const urlProblem = baseUrlProblem(values.baseUrl)
  if (urlProblem) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: urlProblem })
  const key = values.apiKey.trim()
  if (key) {
    const keyProblem = apiKeyProblem(key)
    if (keyProblem) ctx.addIssue({ code: 'custom', path: ['apiKey'], message: keyProblem })
  } else if (!editing?.key.configured && !values.withoutKey) {
    ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'Paste a cs_live_ key, or tick “No key yet” to add it later.' })
  }
}

const shape = z.object({ name: z.string(), baseUrl: z.string(), apiKey: z.string(), withoutKey: z.boolean() })

/** Checks before saving: a name, the https rule, and a key that looks like a key (or the explicit "no key yet"). */
export function profileSaveSchema(editing: ProfileView | null): z.ZodType<ProfileFormValues, ProfileFormValues> {
  return shape.superRefine((values, ctx) => {
    if (values.name.trim() === '') ctx.addIssue({ code: 'custom', path: ['name'], message: 'Name is required.' })
    checkCommon(values, ctx, editing)
  })
}

/** Checks before "Test connection": the same URL and key rules; no name needed. */
export function profileTestSchema(editing: ProfileView | null): z.ZodType<ProfileFormValues, ProfileFormValues> {
  return shape.superRefine((values, ctx) => checkCommon({ ...values, withoutKey: true }, ctx, editing))
}

/** The form's first values: the profile being edited, or a new one pointing at production. */
export function initialProfileValues(editing: ProfileView | null, defaultBaseUrl: string): ProfileFormValues {
  return { name: editing?.name ?? '', baseUrl: editing?.baseUrl ?? defaultBaseUrl, apiKey: '', withoutKey: false }
}

/** The `profiles.save` input: the key only when one was typed (empty keeps the stored key, or says "no key yet"). */
export function saveInput(values: ProfileFormValues, editing: ProfileView | null): OpInput<'profiles.save'> {
  const input: OpInput<'profiles.save'> = { name: values.name.trim(), baseUrl: values.baseUrl.trim() }
  if (editing) input.id = editing.id
  const key = values.apiKey.trim()
  if (key) input.apiKey = key
  else if (values.withoutKey && !editing?.key.configured) input.withoutKey = true
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

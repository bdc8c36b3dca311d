import type { OpInput } from '../../../../shared/contract/operations'
import { checkCampaignCreate, type RuleIssue } from '../../../../shared/rules'

/** What the New campaign form holds: exactly what was typed, so nothing is lost on failure. */
export interface CampaignFormValues {
  name: string
  dailyLimit: string
}

/** The form's paths in display order; they are the API's field names, so server issues land on them. */
export const CAMPAIGN_FORM_FIELDS = ['name', 'daily_limit_per_inbox'] as const

/**
 * Turns typed values into the create input, or the documented-limit issues that stop it being sent
 * (the server stays the authority; this only spares it the obvious mistakes).
 */
export function prepareCampaignCreate(
  values: CampaignFormValues
): { ok: true; input: OpInput<'campaigns.create'> } | { ok: false; issues: RuleIssue[] } {
  const name = values.name.trim()
  const rawLimit = values.dailyLimit.trim()
  const limit = rawLimit === '' ? null : Number(rawLimit)
  const issues = checkCampaignCreate({ name, daily_limit_per_inbox: limit })
  if (issues.length > 0) return { ok: false, issues }
  const input: OpInput<'campaigns.create'> = { name }
  if (limit !== null) input.daily_limit_per_inbox = limit
  return { ok: true, input }
}

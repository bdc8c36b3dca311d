import { z } from 'zod'
import type { OpInput } from '../../../../shared/contract/operations'
import { checkCampaignCreate } from '../../../../shared/rules'

/** What the New campaign form holds: exactly what was typed, so nothing is lost on failure. */
export interface CampaignFormValues {
  name: string
  daily_limit_per_inbox: string
}

/** The form's paths in display order; they are the API's field names, so server issues land on them. */
export const CAMPAIGN_FORM_FIELDS = ['name', 'daily_limit_per_inbox'] as const

/** Empty form. */
export const EMPTY_CAMPAIGN_FORM: CampaignFormValues = { name: '', daily_limit_per_inbox: '' }

function limitOf(raw: string): number | null {
  const trimmed = raw.trim()
  return trimmed === '' ? null : Number(trimmed)
}

/**
 * The form's schema: typed text checked against the documented limits (shared with the core's
 * rules) before anything is sent; the server stays the authority and its 422 lands on the same paths.
 */
export const campaignFormSchema: z.ZodType<CampaignFormValues, CampaignFormValues> = z
  .object({ name: z.string(), daily_limit_per_inbox: z.string() })
  .superRefine((values, ctx) => {
    for (const issue of checkCampaignCreate({ name: values.name.trim(), daily_limit_per_inbox: limitOf(values.daily_limit_per_inbox) }))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.msg })
  })

/** Turns checked form values into the `campaigns.create` input. */
export function campaignCreateInput(values: CampaignFormValues): OpInput<'campaigns.create'> {
  const input: OpInput<'campaigns.create'> = { name: values.name.trim() }
  const limit = limitOf(values.daily_limit_per_inbox)
  if (limit !== null) input.daily_limit_per_inbox = limit
  return input
}

import type { AppError } from '../../../../shared/contract/app-error'
import type { CampaignDetail } from '../../../../shared/contract/campaigns'
import type { ColdsendFacade } from '../../../../shared/contract/facade'
import type { OpInput } from '../../../../shared/contract/operations'
import { TRIGGER_TYPES } from '../../../../shared/contract/campaign-content'
import { campaignLimits } from '../../../../shared/rules'

/** The outcome of a duplicate: the new campaign, and whether its emails and inboxes came along. */
export type DuplicateResult =
  | { ok: true; campaignId: string; name: string; contentCopied: boolean; contentError: AppError | null }
  | { ok: false; error: AppError }

/** "Copy of <name>", cut to the documented maximum length. */
export function copyName(name: string): string {
  return [...`Copy of ${name}`].slice(0, campaignLimits.nameMax).join('')
}

const SETTINGS = [
  'daily_limit_per_inbox', 'timezone', 'sending_days', 'sending_window_start', 'sending_window_start_minute',
  'sending_window_end', 'sending_window_end_minute', 'enable_tracking', 'enable_unsubscribe',
  'ramp_up_enabled', 'ramp_up_increment', 'ramp_up_max_limit'
] as const

/** The create input that copies a campaign's settings and schedule (never its start date, which may be past). */
export function duplicateCreateInput(detail: CampaignDetail): OpInput<'campaigns.create'> {
  const input: Record<string, unknown> = { name: copyName(detail.name) }
  for (const key of SETTINGS) if (detail[key] !== null && detail[key] !== undefined) input[key] = detail[key]
  return input as OpInput<'campaigns.create'>
}

const text = (v: string | null | undefined) => v ?? ''
const optional = <T,>(key: string, v: T | null | undefined) => (v === null || v === undefined ? {} : { [key]: v })

/** The update that copies emails (variants, follow-ups) and inbox assignment; null when there is nothing to copy. */
export function duplicateContentInput(detail: CampaignDetail, campaignId: string): OpInput<'campaigns.update'> | null {
  const variants = (detail.variants ?? []).map((v) => ({
    subject_template: text(v.subject_template),
    email_content: text(v.email_content),
    ...optional('variant_name', v.variant_name),
    ...optional('variant_label', v.variant_label),
    ...optional('distribution_percent', v.distribution_percent)
  }))
  const sequences = (detail.sequences ?? []).map((s, i) => ({
    step_number: s.step_number ?? i + 1,
    trigger_type: (TRIGGER_TYPES as readonly string[]).includes(s.trigger_type ?? '') ? (s.trigger_type as (typeof TRIGGER_TYPES)[number]) : TRIGGER_TYPES[0],
    wait_days: s.wait_days ?? 1,
    ...optional('enable_unsubscribe', s.enable_unsubscribe),
    variants: s.variants.map((v) => ({
      email_content: text(v.email_content),
      ...optional('subject_template', v.subject_template),
      ...optional('variant_name', v.variant_name),
      ...optional('variant_label', v.variant_label),
      ...optional('distribution_percent', v.distribution_percent)
    }))
  }))
  const inboxIds = (detail.inboxes ?? []).map((i) => i.inbox_id)
  if (variants.length === 0 && sequences.length === 0 && inboxIds.length === 0) return null
  const input: OpInput<'campaigns.update'> = { campaign_id: campaignId }
  if (variants.length > 0) input.variants = variants as OpInput<'campaigns.update'>['variants']
  if (sequences.length > 0) input.sequences = sequences as OpInput<'campaigns.update'>['sequences']
  if (inboxIds.length > 0) input.inbox_ids = inboxIds
  return input
}

/**
 * Duplicates a campaign as a new DRAFT: reads it, creates the copy with its settings and schedule,
 * then copies its emails and inboxes (leads stay with the original). A failure of the second step
 * keeps the copy and says what is missing.
 */
export async function duplicateCampaign(facade: ColdsendFacade, campaignId: string): Promise<DuplicateResult> {
  const detail = await facade.campaigns.get({ campaign_id: campaignId })
  if (!detail.ok) return { ok: false, error: detail.error }
  const created = await facade.campaigns.create(duplicateCreateInput(detail.value))
  if (!created.ok) return { ok: false, error: created.error }
  const id = created.value.campaign_id
  const name = created.value.name ?? copyName(detail.value.name)
  const content = duplicateContentInput(detail.value, id)
  if (!content) return { ok: true, campaignId: id, name, contentCopied: true, contentError: null }
  const updated = await facade.campaigns.update(content)
  return updated.ok
    ? { ok: true, campaignId: id, name, contentCopied: true, contentError: null }
    : { ok: true, campaignId: id, name, contentCopied: false, contentError: updated.error }
}

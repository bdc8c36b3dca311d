import type { CampaignUpdateInput } from '../../../../../shared/contract/campaigns'
import { checkCampaign, type RuleCampaign, type RuleVariant } from '../../../../../shared/campaign-rules'
import type { RuleIssue } from '../../../../../shared/rules'
import { scheduleProblems, type SendingSchedule } from '../schedule/send-windows'
import type { EditorValues, VariantValues } from './editor-values'

/** The update body without the campaign id: what `PUT /campaigns/{id}` would receive. */
export type EditorChanges = Omit<CampaignUpdateInput, 'campaign_id'>

// Typed text → number; '' and junk become NaN so the rules name them ("must be a whole number").
const num = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw.trim()))
const optionalText = (raw: string) => (raw.trim() === '' ? null : raw)

function ruleVariant(v: VariantValues): RuleVariant {
  return {
    variant_name: v.variant_name.trim().toUpperCase(),
    variant_label: optionalText(v.variant_label),
    subject_template: optionalText(v.subject_template),
    email_content: v.email_content,
    distribution_percent: num(v.distribution_percent)
  }
}

/** The values as the rules and the wire see them: numbers parsed, schedule included, follow-ups numbered 2, 3, 4. */
export type ParsedCampaign = RuleCampaign & {
  sending_window_start: number
  sending_window_start_minute: number
  sending_window_end: number
  sending_window_end_minute: number
  sending_days: number[]
}

/** Parses the typed values (junk becomes NaN, so the rules name it). */
export function ruleCampaign(values: EditorValues): ParsedCampaign {
  const limit = values.daily_limit_per_inbox.trim()
  return {
    name: values.name,
    daily_limit_per_inbox: limit === '' ? null : num(limit),
    sending_window_start: num(values.sending_window_start),
    sending_window_start_minute: num(values.sending_window_start_minute),
    sending_window_end: num(values.sending_window_end),
    sending_window_end_minute: num(values.sending_window_end_minute),
    sending_days: [...values.sending_days].sort((a, b) => a - b),
    ramp_up_enabled: values.ramp_up_enabled,
    ramp_up_increment: num(values.ramp_up_increment),
    ramp_up_max_limit: num(values.ramp_up_max_limit),
    variants: values.variants.map(ruleVariant),
    sequences: values.sequences.map((s, i) => ({ step_number: i + 2, wait_days: num(s.wait_days), variants: s.variants.map(ruleVariant) }))
  }
}

/** Wall-clock time in the campaign's zone, without an offset (the server interprets it in `timezone`); '' = starts on launch. */
const startDateWire = (typed: string) => (typed === '' ? null : `${typed}:00`)

/** The schedule part of the values, for the schedule rules and the send preview. */
export function editorSchedule(values: EditorValues): SendingSchedule {
  const c = ruleCampaign(values)
  return {
    timezone: values.timezone,
    sending_days: c.sending_days,
    sending_window_start: c.sending_window_start,
    sending_window_start_minute: c.sending_window_start_minute,
    sending_window_end: c.sending_window_end,
    sending_window_end_minute: c.sending_window_end_minute,
    start_date: startDateWire(values.start_date)
  }
}

/** Local problems with the values, by wire path (the form sorts them into display order); empty when the server may be asked. */
export function checkEditorValues(values: EditorValues): RuleIssue[] {
  return [...checkCampaign(ruleCampaign(values)), ...scheduleProblems(editorSchedule(values))]
}

/** The full update body for these values (after checkEditorValues passed, so numbers are numbers). */
export function fullUpdate(values: EditorValues): EditorChanges {
  const c = ruleCampaign(values)
  const initial = c.variants.map((v) => ({ ...v, subject_template: v.subject_template ?? '' }))
  return {
    name: values.name.trim(),
    daily_limit_per_inbox: c.daily_limit_per_inbox,
    timezone: values.timezone,
    start_date: startDateWire(values.start_date),
    sending_days: c.sending_days,
    sending_window_start: c.sending_window_start,
    sending_window_start_minute: c.sending_window_start_minute,
    sending_window_end: c.sending_window_end,
    sending_window_end_minute: c.sending_window_end_minute,
    enable_tracking: values.enable_tracking,
    enable_unsubscribe: values.enable_unsubscribe,
    ramp_up_enabled: values.ramp_up_enabled,
    ramp_up_increment: c.ramp_up_increment,
    ramp_up_max_limit: c.ramp_up_max_limit,
    inbox_ids: values.inbox_ids,
    variants: initial,
    sequences: values.sequences.map((s, i) => ({
      step_number: i + 2,
      trigger_type: s.trigger_type,
      wait_days: num(s.wait_days),
      enable_unsubscribe: s.enable_unsubscribe === 'inherit' ? null : s.enable_unsubscribe === 'on',
      variants: s.variants.map(ruleVariant)
    }))
  }
}

/**
 * Only what the operator changed since `base` (the campaign as it was when editing began), so a
 * save never overwrites fields someone else changed meanwhile. Empty variants are never sent
 * (the API needs at least one); ramp-up numbers are sent only while ramp-up is on.
 */
export function changedFields(values: EditorValues, base: EditorValues): EditorChanges {
  const now = fullUpdate(values) as Record<string, unknown>
  const before = fullUpdate(base) as Record<string, unknown>
  const changes: Record<string, unknown> = {}
  for (const key of Object.keys(now)) if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) changes[key] = now[key]
  if (Array.isArray(changes.variants) && changes.variants.length === 0) delete changes.variants
  if (!values.ramp_up_enabled) {
    delete changes.ramp_up_increment
    delete changes.ramp_up_max_limit
  }
  return changes as EditorChanges
}

/** True when the values differ from `base` in anything that would be sent. */
export function hasChanges(values: EditorValues, base: EditorValues): boolean {
  return Object.keys(changedFields(values, base)).length > 0
}

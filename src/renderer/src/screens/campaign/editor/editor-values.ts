import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import type { TRIGGER_TYPES } from '../../../../../shared/contract/campaign-content'

/** One variant as the editor holds it: exactly what was typed (numbers as text), so nothing is lost. */
export interface VariantValues {
  variant_name: string
  variant_label: string
  subject_template: string
  email_content: string
  distribution_percent: string
}

/** How a follow-up treats the unsubscribe link: the campaign's setting, or its own. */
export type StepUnsubscribe = 'inherit' | 'on' | 'off'

/** One follow-up step as the editor holds it. */
export interface SequenceValues {
  trigger_type: (typeof TRIGGER_TYPES)[number]
  wait_days: string
  enable_unsubscribe: StepUnsubscribe
  variants: VariantValues[]
}

/**
 * The editor's form values. Paths are the API's field names (`variants.1.email_content`), so a
 * 422 `loc` from `PUT /campaigns/{id}` lands on the field it names without translation.
 */
export interface EditorValues {
  name: string
  daily_limit_per_inbox: string
  timezone: string
  /** `YYYY-MM-DDTHH:MM` wall-clock time in the campaign's time zone, or '' = starts on launch. */
  start_date: string
  sending_days: number[]
  sending_window_start: string
  sending_window_start_minute: string
  sending_window_end: string
  sending_window_end_minute: string
  enable_tracking: boolean
  enable_unsubscribe: boolean
  ramp_up_enabled: boolean
  ramp_up_increment: string
  ramp_up_max_limit: string
  inbox_ids: string[]
  variants: VariantValues[]
  sequences: SequenceValues[]
}

/** The editor's field paths in display order (`*` = an array index); server issues are routed by them. */
export const EDITOR_FIELDS = [
  'name',
  'daily_limit_per_inbox',
  'timezone',
  'sending_days',
  'sending_window_start',
  'sending_window_start_minute',
  'sending_window_end',
  'sending_window_end_minute',
  'start_date',
  'enable_tracking',
  'enable_unsubscribe',
  'ramp_up_enabled',
  'ramp_up_increment',
  'ramp_up_max_limit',
  'inbox_ids',
  'variants',
  'variants.*',
  'variants.*.variant_label',
  'variants.*.subject_template',
  'variants.*.email_content',
  'variants.*.distribution_percent',
  'sequences',
  'sequences.*',
  'sequences.*.trigger_type',
  'sequences.*.wait_days',
  'sequences.*.enable_unsubscribe',
  'sequences.*.variants',
  'sequences.*.variants.*',
  'sequences.*.variants.*.variant_label',
  'sequences.*.variants.*.subject_template',
  'sequences.*.variants.*.email_content',
  'sequences.*.variants.*.distribution_percent'
] as const

/** Human names for the banner ("Sending days" rather than `sending_days`). */
export const EDITOR_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  daily_limit_per_inbox: 'Daily limit per inbox',
  timezone: 'Time zone',
  start_date: 'Start date',
  sending_days: 'Sending days',
  sending_window_start: 'Start hour',
  sending_window_start_minute: 'Start minute',
  sending_window_end: 'End hour',
  sending_window_end_minute: 'End minute',
  enable_tracking: 'Track opens',
  enable_unsubscribe: 'Unsubscribe link',
  ramp_up_enabled: 'Ramp up',
  ramp_up_increment: 'Ramp-up increment',
  ramp_up_max_limit: 'Ramp-up maximum',
  inbox_ids: 'Inboxes',
  variants: 'Email variants',
  sequences: 'Follow-ups',
  lead_mapping: 'Lead mapping',
  launch: 'Launch'
}

const text = (n: number | null | undefined, fallback: number | '') => String(typeof n === 'number' ? n : fallback)

/** A new variant named `letter` with the share given. */
export function newVariant(letter: string, percent: number): VariantValues {
  return { variant_name: letter, variant_label: '', subject_template: '', email_content: '', distribution_percent: String(percent) }
}

/** A new follow-up: "not replied" after 3 days, one variant sent as a reply in the thread. */
export function newSequence(): SequenceValues {
  return { trigger_type: 'NOT_REPLIED', wait_days: '3', enable_unsubscribe: 'inherit', variants: [newVariant('A', 100)] }
}

function variantValues(v: NonNullable<CampaignDetail['variants']>[number], index: number): VariantValues {
  return {
    variant_name: v.variant_name ?? String.fromCharCode(65 + index),
    variant_label: v.variant_label ?? '',
    subject_template: v.subject_template ?? '',
    email_content: v.email_content ?? '',
    distribution_percent: text(v.distribution_percent, 100)
  }
}

const TRIGGERS = new Set(['NOT_OPENED', 'NOT_REPLIED', 'OPENED_BUT_NOT_REPLIED'])

/** The editor's values for a campaign as the API returned it (documented defaults where a field is absent). */
export function valuesFromCampaign(c: CampaignDetail): EditorValues {
  return {
    name: c.name,
    daily_limit_per_inbox: text(c.daily_limit_per_inbox, ''),
    timezone: c.timezone ?? 'America/New_York',
    // The API's date-time is read as wall-clock time in the campaign's zone (the docs say it is interpreted there).
    start_date: c.start_date ? c.start_date.slice(0, 16) : '',
    sending_days: c.sending_days ?? [1, 2, 3, 4, 5],
    sending_window_start: text(c.sending_window_start, 9),
    sending_window_start_minute: text(c.sending_window_start_minute, 0),
    sending_window_end: text(c.sending_window_end, 17),
    sending_window_end_minute: text(c.sending_window_end_minute, 0),
    enable_tracking: c.enable_tracking ?? false,
    enable_unsubscribe: c.enable_unsubscribe ?? true,
    ramp_up_enabled: c.ramp_up_enabled ?? false,
    ramp_up_increment: text(c.ramp_up_increment, 50),
    ramp_up_max_limit: text(c.ramp_up_max_limit, 500),
    inbox_ids: (c.inboxes ?? []).map((i) => i.inbox_id),
    variants: (c.variants ?? []).map(variantValues),
    sequences: [...(c.sequences ?? [])]
      .sort((a, b) => (a.step_number ?? 0) - (b.step_number ?? 0))
      .map((s) => ({
        trigger_type: (TRIGGERS.has(s.trigger_type ?? '') ? s.trigger_type : 'NOT_REPLIED') as SequenceValues['trigger_type'],
        wait_days: text(s.wait_days, 3),
        enable_unsubscribe: s.enable_unsubscribe == null ? 'inherit' : s.enable_unsubscribe ? 'on' : 'off',
        variants: s.variants.map(variantValues)
      }))
  }
}

import { z } from 'zod'
import type { EditorValues } from './editor-values'

const variant = z.object({
  variant_name: z.string(),
  variant_label: z.string(),
  subject_template: z.string(),
  email_content: z.string(),
  distribution_percent: z.string()
})

const values: z.ZodType<EditorValues> = z.object({
  name: z.string(),
  daily_limit_per_inbox: z.string(),
  timezone: z.string(),
  start_date: z.string(),
  sending_days: z.array(z.number().int()),
  sending_window_start: z.string(),
  sending_window_start_minute: z.string(),
  sending_window_end: z.string(),
  sending_window_end_minute: z.string(),
  enable_tracking: z.boolean(),
  enable_unsubscribe: z.boolean(),
  ramp_up_enabled: z.boolean(),
  ramp_up_increment: z.string(),
  ramp_up_max_limit: z.string(),
  inbox_ids: z.array(z.string()),
  variants: z.array(variant),
  sequences: z.array(
    z.object({
      trigger_type: z.enum(['NOT_OPENED', 'NOT_REPLIED', 'OPENED_BUT_NOT_REPLIED']),
      wait_days: z.string(),
      enable_unsubscribe: z.enum(['inherit', 'on', 'off']),
      variants: z.array(variant)
    })
  )
})

const DraftSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  /** The campaign as it was when editing began: only differences from it are sent. */
  base: values,
  values,
  /** The campaign's `updated_at` when editing began; a different one now means it changed elsewhere. */
  baseUpdatedAt: z.string().nullable()
})

/** Unsaved edits of one campaign, kept in the browser's storage until they are saved or discarded. */
export type StoredDraft = z.infer<typeof DraftSchema>

/** Start of every draft's storage key (a removed profile's drafts are found by it). */
export const DRAFT_PREFIX = 'coldsend.campaign-draft.'

/** One draft per profile and campaign, so two accounts' campaigns never mix. */
export function draftKey(profileId: string, campaignId: string): string {
  return `${DRAFT_PREFIX}${profileId}.${campaignId}`
}

/** The stored draft, or null when there is none or it is torn/foreign (then it is removed). */
export function readDraft(storage: Storage, key: string): StoredDraft | null {
  let raw: string | null
  try {
    raw = storage.getItem(key)
  } catch {
    return null
  }
  if (raw === null) return null
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return parsed.data
  } catch {
    // fall through: unreadable JSON is dropped like a draft of the wrong shape
  }
  storage.removeItem(key)
  return null
}

/** Stores a draft; false when storage refused (full or disabled) so the editor can say edits are not kept. */
export function writeDraft(storage: Storage, key: string, draft: StoredDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

/** Forgets a draft (after a save, or when the operator discards it). */
export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key)
  } catch {
    // storage disabled: nothing was kept
  }
}

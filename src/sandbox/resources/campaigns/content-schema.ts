import { type Validator, bool, int, list, model, nullable, optional, required, str } from '../../validation'
import { enumeration, variantName } from './field-validators'

/** Documented follow-up triggers. */
export const TRIGGER_TYPES = ['NOT_OPENED', 'NOT_REPLIED', 'OPENED_BUT_NOT_REPLIED'] as const

/** Documented content limits (campaigns overview and variants guide). */
export const CONTENT_LIMITS = { maxVariants: 4, maxFollowUps: 3, maxWaitDays: 30, maxTotalWaitDays: 45 } as const

const content = () => str({ minLength: 10, maxLength: 100_000 })
const label = () => optional(nullable(str({ maxLength: 100 })), null)
const percent = () => optional(int({ ge: 0, le: 100 }), 100)

// `Variant` of the initial email, fields in the documented order; the subject is required here (G1: 1–500).
export const initialVariantModel = model({
  subject_template: required(str({ minLength: 1, maxLength: 500 })),
  email_content: required(content()),
  variant_name: optional(variantName(), 'A'),
  variant_label: label(),
  distribution_percent: percent()
})

// A follow-up's variant: `email_content` first and an optional subject (none = reply in the same thread).
export const followUpVariantModel = model({
  email_content: required(content()),
  variant_name: optional(variantName(), 'A'),
  variant_label: label(),
  subject_template: optional(nullable(str({ maxLength: 500 })), null),
  distribution_percent: percent()
})

const variants = <T>(item: Validator<T>) => list(item, { minItems: 1, maxItems: CONTENT_LIMITS.maxVariants })

// `Sequence`: one follow-up step (2–4) sent `wait_days` after the previous one when `trigger_type` holds.
export const sequenceModel = model({
  step_number: required(int({ ge: 2, le: 4 })),
  trigger_type: required(enumeration(TRIGGER_TYPES)),
  wait_days: required(int({ ge: 1, le: CONTENT_LIMITS.maxWaitDays })),
  enable_unsubscribe: optional(nullable(bool()), null),
  variants: required(variants(followUpVariantModel))
})

// The initial email's variants: 1–4 (`value_error.list.min_items` / `max_items` otherwise).
export const initialVariantsList = variants(initialVariantModel)
// The follow-up steps: at most three (step 1 is the initial email).
export const sequencesList = list(sequenceModel, { maxItems: CONTENT_LIMITS.maxFollowUps })

/** What a validator yields once it passes. */
export type Validated<V> = V extends Validator<infer T> ? T : never
/** A validated initial-email variant. */
export type InitialVariantInput = Validated<typeof initialVariantModel>
/** A validated follow-up variant. */
export type FollowUpVariantInput = Validated<typeof followUpVariantModel>
/** A validated follow-up step. */
export type SequenceInput = Validated<typeof sequenceModel>

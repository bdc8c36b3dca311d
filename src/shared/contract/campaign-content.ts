import { z } from 'zod'
import { shapeInt } from './common'

/** Documented follow-up triggers (the wire values the console sends). */
export const TRIGGER_TYPES = ['NOT_OPENED', 'NOT_REPLIED', 'OPENED_BUT_NOT_REPLIED'] as const

/*
 * Shape bounds for campaign content. The documented business limits (subject ≤ 500, body 10–100,000,
 * label ≤ 100, ≤ 4 variants, ≤ 3 follow-ups, step 2–4, wait 1–30 days, distribution 0–100 summing to
 * 100) are the server's; these bounds only keep requests sane and leave room for it to relax them.
 */
const SUBJECT_MAX = 2_000
const CONTENT_MAX = 200_000
const VARIANTS_MAX = 26
const SEQUENCES_MAX = 20

const subject = z.string().max(SUBJECT_MAX)
const content = z.string().max(CONTENT_MAX)
const variantName = z.string().max(20)
const variantLabel = z.string().max(500).nullable()

/** A variant of the initial email (`Variant`): subject and body required, name/share defaulted by the server. */
export const InitialVariantInputSchema = z.strictObject({
  subject_template: subject,
  email_content: content,
  variant_name: variantName.optional(),
  variant_label: variantLabel.optional(),
  distribution_percent: shapeInt.optional()
})
export type InitialVariantInput = z.infer<typeof InitialVariantInputSchema>

/** A follow-up's variant: the subject is optional (none = reply in the same thread). */
export const FollowUpVariantInputSchema = z.strictObject({
  email_content: content,
  variant_name: variantName.optional(),
  variant_label: variantLabel.optional(),
  subject_template: subject.nullable().optional(),
  distribution_percent: shapeInt.optional()
})
export type FollowUpVariantInput = z.infer<typeof FollowUpVariantInputSchema>

/** One follow-up step (`Sequence`), sent `wait_days` after the previous one when `trigger_type` holds. */
export const SequenceInputSchema = z.strictObject({
  step_number: shapeInt,
  trigger_type: z.enum(TRIGGER_TYPES),
  wait_days: shapeInt,
  enable_unsubscribe: z.boolean().nullable().optional(),
  variants: z.array(FollowUpVariantInputSchema).max(VARIANTS_MAX)
})
export type SequenceInput = z.infer<typeof SequenceInputSchema>

/** The initial email's variants as sent in `PUT /campaigns/{id}`. */
export const InitialVariantsInputSchema = z.array(InitialVariantInputSchema).max(VARIANTS_MAX)

/** The follow-up steps as sent in `PUT /campaigns/{id}`. */
export const SequencesInputSchema = z.array(SequenceInputSchema).max(SEQUENCES_MAX)

/** A variant as the campaign detail returns it; unknown keys kept. */
export const VariantViewSchema = z.looseObject({
  variant_name: z.string().nullable().optional(),
  variant_label: z.string().nullable().optional(),
  subject_template: z.string().nullable().optional(),
  email_content: z.string().nullable().optional(),
  distribution_percent: z.number().nullable().optional()
})
export type VariantView = z.infer<typeof VariantViewSchema>

/** A follow-up step as the campaign detail returns it; unknown keys kept. */
export const SequenceViewSchema = z.looseObject({
  step_number: z.number().int().nullable().optional(),
  trigger_type: z.string().nullable().optional(),
  wait_days: z.number().int().nullable().optional(),
  enable_unsubscribe: z.boolean().nullable().optional(),
  variants: z.array(VariantViewSchema).catch([]).default([])
})
export type SequenceView = z.infer<typeof SequenceViewSchema>

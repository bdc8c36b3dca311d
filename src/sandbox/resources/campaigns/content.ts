import { invented } from '../../wording'
import { CONTENT_LIMITS, type FollowUpVariantInput, type InitialVariantInput, type SequenceInput } from './content-schema'

/** A variant as stored and shown by C3 (initial email or follow-up; follow-up subjects may be null). */
export interface StoredVariant {
  variant_name: string
  variant_label: string | null
  subject_template: string | null
  email_content: string
  distribution_percent: number
}

/** A follow-up step as stored and shown by C3. */
export interface StoredSequence {
  step_number: number
  trigger_type: string
  wait_days: number
  enable_unsubscribe: boolean | null
  variants: StoredVariant[]
}

// Names that occur more than once, each listed once, in first-seen order.
function duplicates<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))]
}

// The 400 rules for one email's variants: unique names, percentages summing to exactly 100.
function variantsProblem(variants: ReadonlyArray<{ variant_name: string; distribution_percent: number }>, where: string): string | null {
  const dup = duplicates(variants.map((v) => v.variant_name))
  if (dup.length > 0) return invented.duplicateVariantNames(where, dup)
  const sum = variants.reduce((total, v) => total + v.distribution_percent, 0)
  return sum === 100 ? null : invented.distributionSum(where, sum)
}

// Cross-field rules of a C4 body that Pydantic cannot express (400, string detail); null when all hold.
export function contentProblem(variants: readonly InitialVariantInput[] | null, sequences: readonly SequenceInput[] | null): string | null {
  if (variants) {
    const problem = variantsProblem(variants, '')
    if (problem) return problem
  }
  if (!sequences) return null
  const dupSteps = duplicates(sequences.map((s) => s.step_number))
  if (dupSteps.length > 0) return invented.duplicateStepNumbers(dupSteps)
  for (const step of sequences) {
    const problem = variantsProblem(step.variants, invented.followUpWhere(step.step_number))
    if (problem) return problem
  }
  const totalWait = sequences.reduce((total, s) => total + s.wait_days, 0)
  return totalWait > CONTENT_LIMITS.maxTotalWaitDays ? invented.sequenceTooLong(totalWait) : null
}

// A validated variant in the stored key order.
export function storedVariant(v: InitialVariantInput | FollowUpVariantInput): StoredVariant {
  return {
    variant_name: v.variant_name,
    variant_label: v.variant_label,
    subject_template: v.subject_template,
    email_content: v.email_content,
    distribution_percent: v.distribution_percent
  }
}

// Validated follow-ups in the stored shape, ordered by step number.
export function storedSequences(sequences: readonly SequenceInput[]): StoredSequence[] {
  return [...sequences]
    .sort((a, b) => a.step_number - b.step_number)
    .map((s) => ({
      step_number: s.step_number,
      trigger_type: s.trigger_type,
      wait_days: s.wait_days,
      enable_unsubscribe: s.enable_unsubscribe,
      variants: s.variants.map(storedVariant)
    }))
}

import type { StoredSequence, StoredVariant } from '../resources/campaigns/content'
import { TRIGGER_TYPES } from '../resources/campaigns/content-schema'
import type { Prng } from '../store/prng'

/** Distributions (summing to 100) for 1, 2 and 3 variants. */
const SPLITS: ReadonlyArray<readonly [readonly number[], ...Array<readonly number[]>]> = [
  [[100]],
  [[50, 50], [60, 40], [70, 30]],
  [[34, 33, 33], [40, 30, 30], [50, 25, 25]]
]

const OPENERS = [
  ['Control', '{{first_name}}, quick question about {{company}}'],
  ['Short subject', 'Idea for {{company}}'],
  ['Question opener', 'Is {{company}} still hiring for this?']
] as const

const FOLLOW_UPS = [
  'Hi {{first_name}},\n\nFloating this back to the top of your inbox. Would a 15-minute call be useful?',
  'Hi {{first_name}},\n\nIn case the timing was off: happy to send a two-minute video instead of a call.',
  '{{first_name}}, last note from me. If this is not a priority for {{company}}, just say so and I will close the loop.'
] as const

// 1–3 initial-email variants (A, B, C) whose distribution sums to 100.
export function seedVariants(rng: Prng, campaignName: string): StoredVariant[] {
  const count = rng.int(1, 3)
  const split = rng.pick(SPLITS[count - 1] ?? [[100]])
  return split.map((percent, i) => ({
    variant_name: 'ABC'[i] ?? 'A',
    variant_label: count === 1 ? null : (OPENERS[i]?.[0] ?? null),
    subject_template: OPENERS[i]?.[1] ?? OPENERS[0][1],
    email_content: `Hi {{first_name}},\n\nReaching out about ${campaignName.toLowerCase()}.\n\nWorth a short call next week?`,
    distribution_percent: percent
  }))
}

// 0–3 follow-up steps (2, 3, 4) of 2–7 days each (well inside the 45-day total); most thread as replies.
export function seedSequences(rng: Prng): StoredSequence[] {
  const count = rng.int(0, 3)
  return Array.from({ length: count }, (_, i) => ({
    step_number: i + 2,
    trigger_type: rng.pick(TRIGGER_TYPES),
    wait_days: rng.int(2, 7),
    enable_unsubscribe: null,
    variants: [
      {
        variant_name: 'A',
        variant_label: null,
        subject_template: rng.next() < 0.7 ? null : `Following up, {{first_name}}`,
        email_content: FOLLOW_UPS[i] ?? FOLLOW_UPS[0],
        distribution_percent: 100
      }
    ]
  }))
}

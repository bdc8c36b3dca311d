/** The deliverability thresholds for a bounce rate (fractions): warn from 3 %, danger from 5 %. */
export const BOUNCE_THRESHOLDS = { warning: 0.03, danger: 0.05 } as const

/** How a bounce rate stands against the thresholds. */
export type BounceLevel = 'ok' | 'warning' | 'danger'

/** The level of a bounce rate given as a fraction 0–1; absent rates are 'ok' (nothing to flag). */
export function bounceLevel(rate: number | null | undefined): BounceLevel {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return 'ok'
  if (rate >= BOUNCE_THRESHOLDS.danger) return 'danger'
  if (rate >= BOUNCE_THRESHOLDS.warning) return 'warning'
  return 'ok'
}

/** The word shown beside a flagged rate (text, not colour alone) and what it means, for its tooltip and screen readers. */
export const BOUNCE_FLAG_TEXT: Record<Exclude<BounceLevel, 'ok'>, { word: string; meaning: string }> = {
  warning: { word: 'Warning', meaning: 'Bounce rate at or above 3 %: check the list quality.' },
  danger: { word: 'Danger', meaning: 'Bounce rate at or above 5 %: sending inboxes risk their reputation.' }
}

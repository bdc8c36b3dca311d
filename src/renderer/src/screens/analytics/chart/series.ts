/** The four daily counts of the timeline, in the order they are drawn, listed and toggled. */
export const SERIES_KEYS = ['sent', 'opened', 'replied', 'bounced'] as const
/** One timeline series. */
export type SeriesKey = (typeof SERIES_KEYS)[number]

/** How a series looks: its label, the token its colour comes from, and a dash pattern so lines differ without colour too. */
export interface SeriesStyle {
  key: SeriesKey
  label: string
  colorToken: string
  dash: number[]
}

/** The series styles; every colour token clears 3:1 against --color-surface in both themes (test/renderer/analytics-chart-colors.test.ts). */
export const SERIES: readonly SeriesStyle[] = [
  { key: 'sent', label: 'Sent', colorToken: '--color-accent', dash: [] },
  { key: 'opened', label: 'Opened', colorToken: '--color-ok', dash: [8, 4] },
  { key: 'replied', label: 'Replied', colorToken: '--color-sandbox', dash: [2, 3] },
  { key: 'bounced', label: 'Bounced', colorToken: '--color-danger', dash: [10, 3, 2, 3] }
]

import { createElement } from 'react'

/**
 * Stands in for UplotChart in jsdom (uPlot needs a real canvas): the picture as its label only.
 * Chromium draws the real chart in the e2e. Use: `vi.mock(<UplotChart path>, () => import('./helpers/uplot-chart-stub'))`.
 */
export function UplotChart({ label }: { label: string }) {
  return createElement('div', { role: 'img', 'aria-label': label })
}

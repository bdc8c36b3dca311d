import type uPlot from 'uplot'
import type { ChartColors } from './chart-colors'

/** One measure compared: its label and the two rates as fractions 0–1 (null when unknown). */
export interface ComparedRate {
  label: string
  campaign: number | null
  workspace: number | null
}

const OFFSET = 0.18

/**
 * Grouped bars as uPlot columns: two x slots per measure (campaign left, workspace right), each series
 * filled only in its own slot. Fractions become percentages here, once (the axis reads "12 %").
 */
export function compareData(rates: readonly ComparedRate[]): uPlot.AlignedData {
  const x: number[] = []
  const campaign: Array<number | null> = []
  const workspace: Array<number | null> = []
  rates.forEach((r, i) => {
    x.push(i - OFFSET, i + OFFSET)
    campaign.push(r.campaign === null ? null : r.campaign * 100, null)
    workspace.push(null, r.workspace === null ? null : r.workspace * 100)
  })
  return [x, campaign, workspace]
}

/** The series of the comparison, their colour tokens and fill patterns (the campaign solid, the workspace outlined). */
export const COMPARE_SERIES = [
  { label: 'This campaign', colorToken: '--color-accent' },
  { label: 'Workspace average', colorToken: '--color-text-muted' }
] as const

/** Chart options for the grouped bars: measures on x by name, percent on y from 0. */
export function compareOptions(labels: readonly string[]) {
  return (colors: ChartColors, width: number, lib: typeof uPlot): uPlot.Options => {
    const bars = lib.paths.bars?.({ size: [0.9, 64] })
    return {
      width,
      height: 220,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(10, Math.ceil((max * 1.15) / 5) * 5)] } },
      axes: [
        { stroke: colors.axis, grid: { show: false }, ticks: { show: false }, splits: () => labels.map((_, i) => i), values: (_u, ticks) => ticks.map((t) => labels[Math.round(t)] ?? '') },
        { stroke: colors.axis, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid }, values: (_u, ticks) => ticks.map((t) => `${t} %`) }
      ],
      series: [
        {},
        ...COMPARE_SERIES.map((s, i) => ({
          label: s.label,
          stroke: colors.token(s.colorToken),
          fill: i === 0 ? colors.token(s.colorToken) : undefined,
          width: 2,
          paths: bars,
          points: { show: false }
        }))
      ]
    }
  }
}

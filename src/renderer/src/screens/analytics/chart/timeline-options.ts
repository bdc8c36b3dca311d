import type uPlot from 'uplot'
import type { TimelineDay } from '../../../../../shared/contract/analytics'
import type { ChartColors } from './chart-colors'
import { SERIES, type SeriesKey } from './series'

/** The API's `YYYY-MM-DD` day as uPlot's x value (unix seconds at 00:00 UTC). */
export function daySeconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000
}

/** The timeline as uPlot columns: x (days), then one column per series in SERIES order. */
export function timelineData(days: readonly TimelineDay[]): uPlot.AlignedData {
  return [days.map((d) => daySeconds(d.date)), ...SERIES.map((s) => days.map((d) => d[s.key]))]
}

const DAY_S = 86_400
/** Tick steps on the day axis: whole days only (never hours), widening as the range grows. */
const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364].map((d) => d * DAY_S)

/** A tick's day as "Nov 26" (UTC, like the API's days); the year is added on January 1 and on the first tick. */
function tickLabels(ticks: number[]): string[] {
  return ticks.map((t, i) => {
    const d = new Date(t * 1000)
    const withYear = i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() === 1)
    return d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' })
  })
}

/**
 * Chart options for the daily series: UTC days on x (the API's days), counts on y, one line per
 * series in its token colour and dash, hidden series not drawn, and the hovered day reported back.
 */
export function timelineOptions(hidden: ReadonlySet<SeriesKey>, onHover: (index: number | null) => void) {
  return (colors: ChartColors, width: number, lib: typeof uPlot): uPlot.Options => ({
    width,
    height: 260,
    tzDate: (ts) => lib.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] } },
    axes: [
      { stroke: colors.axis, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid }, incrs: DAY_STEPS, space: 60, values: (_u, ticks) => tickLabels(ticks) },
      { stroke: colors.axis, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid }, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? t.toLocaleString() : '')) }
    ],
    series: [
      { label: 'Day' },
      ...SERIES.map((s) => ({ label: s.label, show: !hidden.has(s.key), stroke: colors.token(s.colorToken), width: 2, dash: s.dash, points: { show: false } }))
    ],
    hooks: { setCursor: [(u: uPlot) => onHover(u.cursor.idx ?? null)] }
  })
}

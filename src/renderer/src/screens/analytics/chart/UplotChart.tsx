import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { readChartColors, type ChartColors } from './chart-colors'
import { useThemeVersion } from './use-theme-version'
import './chart.css'

/** Builds a chart's options for the current colours and width; gets uPlot itself for its helpers, so only this file loads it. */
export type ChartOptionsBuilder = (colors: ChartColors, width: number, lib: typeof uPlot) => uPlot.Options

/** Props: how to build the options, the data, and the picture's text label. */
export interface UplotChartProps {
  options: ChartOptionsBuilder
  data: uPlot.AlignedData
  /** What the picture shows in one sentence (the chart is an image to assistive tech; the table beside it has the numbers). */
  label: string
  height?: number
}

/**
 * The one place uPlot is created: built in an effect, destroyed on cleanup, rebuilt when the data,
 * the options or the theme change, and resized with its container. Everything else stays testable in jsdom.
 */
export function UplotChart({ options, data, label, height = 260 }: UplotChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const theme = useThemeVersion()
  useEffect(() => {
    const el = box.current
    if (!el) return
    const width = () => Math.max(200, Math.floor(el.clientWidth))
    const plot = new uPlot({ ...options(readChartColors(), width(), uPlot), width: width(), height }, data, el)
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height }))
    resize.observe(el)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [options, data, height, theme])
  return <div ref={box} className="uplot-chart" role="img" aria-label={label} />
}

import { useEffect, useRef } from 'react'
import type uPlot from 'uplot'
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
 * The one place uPlot is created: loaded on first use (its own chunk; importing it touches
 * matchMedia, which jsdom and the app's other screens need not pay for), built in an effect,
 * destroyed on cleanup, rebuilt when the data, the options or the theme change, and resized with its container.
 */
export function UplotChart({ options, data, label, height = 260 }: UplotChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const theme = useThemeVersion()
  useEffect(() => {
    const el = box.current
    if (!el) return
    let plot: uPlot | null = null
    let resize: ResizeObserver | null = null
    let cancelled = false
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return
      const width = () => Math.max(200, Math.floor(el.clientWidth))
      const built = new UPlot({ ...options(readChartColors(), width(), UPlot), width: width(), height }, data, el)
      plot = built
      resize = new ResizeObserver(() => built.setSize({ width: width(), height }))
      resize.observe(el)
    })
    return () => {
      cancelled = true
      resize?.disconnect()
      plot?.destroy()
    }
  }, [options, data, height, theme])
  return <div ref={box} className="uplot-chart" role="img" aria-label={label} style={{ minHeight: height }} />
}

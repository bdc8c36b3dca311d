import { sparklineLabel } from './sparkline-label'

/** Props: occurrences per equal time slice (oldest first) and the span they divide. */
export interface SparklineProps {
  buckets: readonly number[]
  range: { from: string | null; to: string | null }
  width?: number
  height?: number
}

/** A group's occurrences over time as a tiny inline SVG bar chart, with its numbers in words for screen readers. */
export function Sparkline({ buckets, range, width = 96, height = 24 }: SparklineProps) {
  const peak = Math.max(1, ...buckets)
  const step = buckets.length > 0 ? width / buckets.length : width
  return (
    <svg className="error-sparkline" role="img" aria-label={sparklineLabel(buckets, range)} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} className="error-sparkline__base" />
      {buckets.map((n, i) => {
        const h = n === 0 ? 0 : Math.max(2, (n / peak) * (height - 2))
        return <rect key={i} x={i * step + 0.5} y={height - h} width={Math.max(1, step - 1)} height={h} className="error-sparkline__bar" />
      })}
    </svg>
  )
}

import { useMemo, useState } from 'react'
import { QueryStates } from '../../../query/QueryStates'
import type { AnalyticsParams } from '../analytics-params'
import { UplotChart } from '../chart/UplotChart'
import { SERIES_KEYS } from '../chart/series'
import { timelineData, timelineOptions } from '../chart/timeline-options'
import { AnalyticsDataAge } from '../offline/AnalyticsDataAge'
import { useAnalyticsQuery } from '../offline/use-analytics-query'
import { RangeForm } from './RangeForm'
import { SeriesToggles } from './SeriesToggles'
import { TimelineTable } from './TimelineTable'
import { rangeProblemsOf } from './range-error'
import { countsLine, dayLabel, hasActivity, timelineSummary } from './timeline-summary'

/** Props: the dashboard state from the address, and how to change it. */
export interface TimelineSectionProps {
  state: AnalyticsParams
  update: (patch: Partial<AnalyticsParams>) => void
}

/** The workspace's sent/opened/replied/bounced per day: range picker, series toggles, chart with hover values, summary and data table. */
export function TimelineSection({ state, update }: TimelineSectionProps) {
  const input = state.range ? { from_date: state.range.from, to_date: state.range.to } : {}
  const timeline = useAnalyticsQuery('analytics.timeline', input)
  const days = useMemo(() => timeline.data?.timeline ?? [], [timeline.data])
  const [hover, setHover] = useState<number | null>(null)
  // Rebuilt when the hidden series change, not whenever the address is parsed again.
  const hiddenKey = SERIES_KEYS.filter((k) => state.hidden.has(k)).join(',')
  const options = useMemo(() => timelineOptions(new Set(SERIES_KEYS.filter((k) => hiddenKey.split(',').includes(k))), setHover), [hiddenKey])
  const data = useMemo(() => timelineData(days), [days])
  const answered = timeline.data?.from_date && timeline.data.to_date ? { from: timeline.data.from_date, to: timeline.data.to_date } : null
  const rangeProblems = rangeProblemsOf(timeline.error)
  const summary = timelineSummary(days)
  const visible = SERIES_KEYS.filter((k) => !state.hidden.has(k))
  const hovered = hover === null ? undefined : days[hover]
  return (
    <section className="analytics-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Activity per day</h2>
      <RangeForm shown={state.range ?? answered} onApply={(range) => update({ range })} serverProblems={rangeProblems ?? undefined} />
      <SeriesToggles hidden={state.hidden} onChange={(hidden) => update({ hidden })} />
      {rangeProblems ? null : (
        <QueryStates query={timeline} loading="Loading daily activity…" isEmpty={!hasActivity(days)} empty={<p className="empty-state__title">No sends in this range</p>} />
      )}
      {hasActivity(days) ? (
        <figure className="timeline-figure">
          <UplotChart options={options} data={data} label={`Line chart of emails per day. ${summary}`} />
          <p className="chart-hover" aria-hidden="true">
            {hovered ? `${dayLabel(hovered.date)}: ${countsLine(hovered, visible)}` : visible.length === 0 ? 'Every series is hidden.' : 'Point at the chart to see one day’s numbers.'}
          </p>
          <figcaption className="chart-summary">{summary}</figcaption>
        </figure>
      ) : null}
      {days.length > 0 ? <TimelineTable days={days} caption={`Emails per day, ${summary}`} /> : null}
      <AnalyticsDataAge query={timeline} />
    </section>
  )
}

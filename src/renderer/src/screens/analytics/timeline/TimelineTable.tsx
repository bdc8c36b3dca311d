import type { TimelineDay } from '../../../../../shared/contract/analytics'
import { SERIES } from '../chart/series'
import { countText, fractionText } from '../format/rates'
import { dayLabel } from './timeline-summary'

/** The chart's numbers as a table in a disclosure ("Show data table"), so every value is reachable by keyboard and screen reader. */
export function TimelineTable({ days, caption }: { days: readonly TimelineDay[]; caption: string }) {
  return (
    <details className="chart-table">
      <summary>Show data table</summary>
      {/* Scrolls on its own when long, so it takes keyboard focus (arrow keys scroll it) and has a name. */}
      <div className="table-wrap chart-table__scroll" tabIndex={0} role="region" aria-label="Emails per day, scrollable">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col" className="num">{s.label}</th>
              ))}
              <th scope="col" className="num">Open rate</th>
              <th scope="col" className="num">Reply rate</th>
              <th scope="col" className="num">Bounce rate</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{dayLabel(d.date)}</th>
                {SERIES.map((s) => (
                  <td key={s.key} className="num">{countText(d[s.key])}</td>
                ))}
                <td className="num">{fractionText(d.open_rate)}</td>
                <td className="num">{fractionText(d.reply_rate)}</td>
                <td className="num">{fractionText(d.bounce_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

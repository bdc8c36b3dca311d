import { useState } from 'react'
import { SERIES, type SeriesKey } from '../chart/series'

/** Props: which series are hidden, and how to change that. */
export interface SeriesTogglesProps {
  hidden: ReadonlySet<SeriesKey>
  onChange: (hidden: ReadonlySet<SeriesKey>) => void
}

const keyOf = (hidden: ReadonlySet<SeriesKey>) => SERIES.filter((s) => hidden.has(s.key)).map((s) => s.key).join(',')

/** One checkbox per series ("Sent", "Opened", "Replied", "Bounced"), each with a swatch of its line. */
export function SeriesToggles({ hidden, onChange }: SeriesTogglesProps) {
  // The boxes flip at once; the address (and so the chart) follows in the router's transition.
  const [local, setLocal] = useState(hidden)
  const [from, setFrom] = useState(keyOf(hidden))
  if (keyOf(hidden) !== from) {
    setFrom(keyOf(hidden))
    setLocal(hidden)
  }
  const toggle = (key: SeriesKey, show: boolean) => {
    const next = new Set(local)
    if (show) next.delete(key)
    else next.add(key)
    setLocal(next)
    onChange(next)
  }
  return (
    <fieldset className="series-toggles">
      <legend>Series</legend>
      {SERIES.map((s) => (
        <label key={s.key} className="series-toggles__item">
          <input type="checkbox" checked={!local.has(s.key)} onChange={(e) => toggle(s.key, e.target.checked)} />
          <span className="series-swatch" aria-hidden="true" style={{ borderTopColor: `var(${s.colorToken})`, borderTopStyle: s.dash.length > 0 ? 'dashed' : 'solid' }} />
          {s.label}
        </label>
      ))}
    </fieldset>
  )
}

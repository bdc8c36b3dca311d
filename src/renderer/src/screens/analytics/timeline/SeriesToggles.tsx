import { SERIES, type SeriesKey } from '../chart/series'

/** Props: which series are hidden, and how to change that. */
export interface SeriesTogglesProps {
  hidden: ReadonlySet<SeriesKey>
  onChange: (hidden: ReadonlySet<SeriesKey>) => void
}

/** One checkbox per series ("Sent", "Opened", "Replied", "Bounced"), each with a swatch of its line. */
export function SeriesToggles({ hidden, onChange }: SeriesTogglesProps) {
  const toggle = (key: SeriesKey, show: boolean) => {
    const next = new Set(hidden)
    if (show) next.delete(key)
    else next.add(key)
    onChange(next)
  }
  return (
    <fieldset className="series-toggles">
      <legend>Series</legend>
      {SERIES.map((s) => (
        <label key={s.key} className="series-toggles__item">
          <input type="checkbox" checked={!hidden.has(s.key)} onChange={(e) => toggle(s.key, e.target.checked)} />
          <span className="series-swatch" aria-hidden="true" style={{ borderTopColor: `var(${s.colorToken})`, borderTopStyle: s.dash.length > 0 ? 'dashed' : 'solid' }} />
          {s.label}
        </label>
      ))}
    </fieldset>
  )
}

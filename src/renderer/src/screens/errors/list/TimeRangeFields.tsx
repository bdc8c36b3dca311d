import type { ErrorListState, TimeRange } from './list-params'

/** Props: the range part of the list state and how to change it. */
export interface TimeRangeFieldsProps {
  id: string
  range: TimeRange
  from: string
  to: string
  onChange: (patch: Partial<Pick<ErrorListState, 'range' | 'from' | 'to'>>) => void
}

const LABELS: Record<TimeRange, string> = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  all: 'All time',
  custom: 'Custom…'
}

/** The Time range select, and From / To date-time fields when the range is custom. */
export function TimeRangeFields({ id, range, from, to, onChange }: TimeRangeFieldsProps) {
  return (
    <>
      <div className="toolbar__item">
        <label htmlFor={`${id}-range`}>Time range</label>
        <select id={`${id}-range`} value={range} onChange={(e) => onChange({ range: e.target.value as TimeRange })}>
          {(Object.keys(LABELS) as TimeRange[]).map((r) => (
            <option key={r} value={r}>
              {LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {range === 'custom' ? (
        <>
          <div className="toolbar__item">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="datetime-local" value={from} max={to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
          </div>
          <div className="toolbar__item">
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} type="datetime-local" value={to} min={from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
          </div>
        </>
      ) : null}
    </>
  )
}

import './schedule.css'

const DAYS: Array<{ n: number; short: string; long: string }> = [
  { n: 1, short: 'Mon', long: 'Monday' },
  { n: 2, short: 'Tue', long: 'Tuesday' },
  { n: 3, short: 'Wed', long: 'Wednesday' },
  { n: 4, short: 'Thu', long: 'Thursday' },
  { n: 5, short: 'Fri', long: 'Friday' },
  { n: 6, short: 'Sat', long: 'Saturday' },
  { n: 7, short: 'Sun', long: 'Sunday' }
]

/** Props of SendingDaysPicker. */
export interface SendingDaysPickerProps {
  /** Chosen days, 1 = Monday … 7 = Sunday (the API's `sending_days`). */
  value: number[]
  /** Called with the new days, sorted, without duplicates. */
  onChange: (days: number[]) => void
  /** Prefix for the checkboxes' ids (`<prefix>-1` … `<prefix>-7`). */
  idPrefix: string
  /** Marks every checkbox invalid (the caller shows the message). */
  invalid?: boolean
  /** Id(s) of the message describing the group (error and/or hint). */
  describedBy?: string
  disabled?: boolean
}

const sorted = (days: Iterable<number>) => [...new Set(days)].sort((a, b) => a - b)

/**
 * The sending days as seven checkboxes (visible "Mon" … "Sun", accessible names "Monday" …) plus
 * "Weekdays" and "Every day" shortcuts. The caller wraps it in a fieldset with the legend "Sending days".
 */
export function SendingDaysPicker({ value, onChange, idPrefix, invalid, describedBy, disabled }: SendingDaysPickerProps) {
  const chosen = new Set(value)
  const toggle = (day: number, on: boolean) => onChange(sorted(on ? [...chosen, day] : [...chosen].filter((d) => d !== day)))
  return (
    <div className="days-picker">
      {DAYS.map((day) => (
        <span key={day.n} className="days-picker__day">
          <input
            type="checkbox"
            id={`${idPrefix}-${day.n}`}
            checked={chosen.has(day.n)}
            onChange={(e) => toggle(day.n, e.target.checked)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={describedBy}
            disabled={disabled}
          />
          <label htmlFor={`${idPrefix}-${day.n}`}>
            <span aria-hidden="true">{day.short}</span>
            <span className="visually-hidden">{day.long}</span>
          </label>
        </span>
      ))}
      <span className="days-picker__quick">
        <button type="button" onClick={() => onChange([1, 2, 3, 4, 5])} disabled={disabled}>
          Weekdays
        </button>
        <button type="button" onClick={() => onChange([1, 2, 3, 4, 5, 6, 7])} disabled={disabled}>
          Every day
        </button>
      </span>
    </div>
  )
}

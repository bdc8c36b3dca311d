import { useId } from 'react'
import type { LogSource } from './list-params'

/** Props: the source shown and how to change it. */
export interface SourceSwitchProps {
  value: LogSource
  onChange: (source: LogSource) => void
}

const OPTIONS: { value: LogSource; label: string }[] = [
  { value: 'local', label: 'This computer' },
  { value: 'imported', label: 'Imported log (read-only)' }
]

/** The labelled choice between this computer's log and the imported one (radio buttons: arrow keys move between them). */
export function SourceSwitch({ value, onChange }: SourceSwitchProps) {
  const name = useId()
  return (
    <fieldset className="error-source">
      <legend>Log source</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className="radio-line">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

/** The banner over an imported view, so nobody mistakes another machine's errors for this one's. */
export function ImportedBanner() {
  return (
    <p className="error-imported-banner" role="note">
      <strong>Imported log — read-only, from another machine.</strong> These records came from a file; this computer’s own log is under “This computer”.
    </p>
  )
}

import { ChoiceSwitch } from './ChoiceSwitch'
import type { ListView, LogSource } from './list-params'

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
  return <ChoiceSwitch legend="Log source" options={OPTIONS} value={value} onChange={onChange} />
}

const VIEWS: { value: ListView; label: string }[] = [
  { value: 'groups', label: 'Grouped' },
  { value: 'records', label: 'All records' }
]

/** "Show": similar errors folded into issue rows, or every record newest first in one long list. */
export function ViewSwitch({ value, onChange }: { value: ListView; onChange: (view: ListView) => void }) {
  return <ChoiceSwitch legend="Show" options={VIEWS} value={value} onChange={onChange} />
}

/** The banner over an imported view, so nobody mistakes another machine's errors for this one's. */
export function ImportedBanner() {
  return (
    <p className="error-imported-banner" role="note">
      <strong>Imported log — read-only, from another machine.</strong> These records came from a file; this computer’s own log is under “This computer”.
    </p>
  )
}

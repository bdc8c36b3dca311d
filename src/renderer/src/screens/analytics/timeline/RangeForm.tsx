import { useId, useState, type FormEvent } from 'react'
import { useNow } from '../../../query/use-now'
import { RANGE_PRESETS, checkRange, matchingPreset, presetRange, type DateRange, type RangeProblems } from './date-range'

/** Props: the range on screen, how to ask for another, and what the API said was wrong with the last one asked for. */
export interface RangeFormProps {
  shown: DateRange | null
  onApply: (range: DateRange) => void
  serverProblems?: RangeProblems
}

/**
 * The timeline's From / To date fields with an Apply button, and preset buttons that apply at once.
 * Problems show on the field they concern; what was typed stays in the fields until it is fixed.
 */
export function RangeForm({ shown, onApply, serverProblems = {} }: RangeFormProps) {
  const id = useId()
  const now = useNow(60_000)
  const [draft, setDraft] = useState<DateRange>(shown ?? { from: '', to: '' })
  const shownKey = shown ? `${shown.from}/${shown.to}` : ''
  const [typedFor, setTypedFor] = useState(shownKey)
  const [problems, setProblems] = useState<RangeProblems>({})
  // A new range on screen (preset, Back, the API's default dates arriving) replaces the draft.
  if (shownKey !== typedFor) {
    setTypedFor(shownKey)
    setDraft(shown ?? { from: '', to: '' })
    setProblems({})
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = checkRange(draft.from, draft.to)
    setProblems(found)
    if (!found.from && !found.to) onApply({ from: draft.from.trim(), to: draft.to.trim() })
  }
  const current = shown ? matchingPreset(shown, now) : null
  const shownProblems = { from: problems.from ?? serverProblems.from, to: problems.to ?? serverProblems.to }
  const field = (end: 'from' | 'to', label: string) => {
    const problem = shownProblems[end]
    return (
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-${end}`}>{label}</label>
        <input
          id={`${id}-${end}`}
          type="date"
          value={draft[end]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-${end}-error` : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, [end]: e.target.value }))}
        />
        {problem ? (
          <p id={`${id}-${end}-error`} className="field-error">
            {problem}
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <form className="range-form" aria-label="Date range" noValidate onSubmit={submit}>
      {field('from', 'From')}
      {field('to', 'To')}
      <button type="submit">Apply range</button>
      <div className="range-form__presets" role="group" aria-label="Quick ranges">
        {RANGE_PRESETS.map((p) => (
          <button key={p.days} type="button" aria-pressed={current === p.days} onClick={() => onApply(presetRange(p.days, Date.now()))}>
            {p.label}
          </button>
        ))}
      </div>
    </form>
  )
}

import { useId, useState } from 'react'

/** Props: the group's visible name, its options, the one chosen, and how to change it. */
export interface ChoiceSwitchProps<T extends string> {
  legend: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

/**
 * A labelled one-of choice as radio buttons in a fieldset (arrow keys move between them), laid out in a
 * line. The choice shows at once: the address it is kept in changes in a router transition, and a
 * controlled radio would otherwise snap back until that lands.
 */
export function ChoiceSwitch<T extends string>({ legend, options, value, onChange }: ChoiceSwitchProps<T>) {
  const name = useId()
  // What was picked, and the value it was picked over: shown until `value` moves on (to it, or
  // elsewhere), then forgotten — so a later Back to the old value shows the old value.
  const [picked, setPicked] = useState<{ value: T; over: T } | null>(null)
  if (picked !== null && picked.over !== value) setPicked(null)
  const shown = picked !== null && picked.over === value ? picked.value : value
  const pick = (next: T) => {
    setPicked({ value: next, over: value })
    onChange(next)
  }
  return (
    <fieldset className="error-source">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio-line">
          <input type="radio" name={name} value={o.value} checked={shown === o.value} onChange={() => pick(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

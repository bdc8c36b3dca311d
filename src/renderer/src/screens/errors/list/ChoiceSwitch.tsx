import { useId } from 'react'

/** Props: the group's visible name, its options, the one chosen, and how to change it. */
export interface ChoiceSwitchProps<T extends string> {
  legend: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

/** A labelled one-of choice as radio buttons in a fieldset (arrow keys move between them), laid out in a line. */
export function ChoiceSwitch<T extends string>({ legend, options, value, onChange }: ChoiceSwitchProps<T>) {
  const name = useId()
  return (
    <fieldset className="error-source">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio-line">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

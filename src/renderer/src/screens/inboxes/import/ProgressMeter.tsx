import { useId } from 'react'

/** Props: what is being counted, and how far it is. */
export interface ProgressMeterProps {
  label: string
  done: number
  total: number
}

/** A labelled progress bar (role progressbar) that says its count in words: "12 of 50". */
export function ProgressMeter({ label, done, total }: ProgressMeterProps) {
  const labelId = useId()
  const counted = `${done.toLocaleString()} of ${total.toLocaleString()}`
  return (
    <div className="import-progress">
      <span id={labelId} className="import-progress__label">
        {label}
      </span>
      <progress aria-labelledby={labelId} max={Math.max(total, 1)} value={done} aria-valuetext={counted} />
      <span className="import-progress__count" aria-hidden="true">
        {counted}
      </span>
    </div>
  )
}

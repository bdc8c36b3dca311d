import type { ReactNode } from 'react'
import type { FieldControlProps, FieldErrors } from './use-field-errors'

/** Props of one labelled form field. */
export interface FieldProps {
  label: string
  path: string
  form: FieldErrors
  hint?: ReactNode
  /** Renders the control with the id / aria props wired to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode
}

/**
 * One labelled field with its hint and error message; the control itself is the caller's, so text
 * inputs, selects and nested rows share the same error wiring.
 */
export function Field({ label, path, form, hint, children }: FieldProps) {
  const id = form.idOf(path)
  const hintId = hint ? `${id}-hint` : undefined
  const error = form.errors[path]
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(form.controlProps(path, hintId))}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={form.errorIdOf(path)} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

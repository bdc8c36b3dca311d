import type { ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'
import type { ConsoleForm } from './use-console-form'
import { useFieldMessage } from './use-field-message'

/** The props an input needs to be labelled, marked invalid and described by its message. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/** Props of one labelled form field. */
export interface FieldProps<T extends FieldValues> {
  label: string
  path: string
  form: ConsoleForm<T>
  hint?: ReactNode
  /** Renders the control with the id / aria props wired to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode
}

/**
 * One labelled field with its hint and error message; the control itself is the caller's, so text
 * inputs, selects, file pickers and nested rows share the same error wiring.
 */
export function Field<T extends FieldValues>({ label, path, form, hint, children }: FieldProps<T>) {
  const message = useFieldMessage(form, path)
  const id = form.idOf(path)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = form.errorIdOf(path)
  const describedBy = [message ? errorId : null, hintId ?? null].filter(Boolean).join(' ')
  return (
    <div className={message ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  )
}

import type { ReactNode } from 'react'
import type { FieldValues, Path } from 'react-hook-form'
import type { ConsoleForm } from './use-console-form'
import { useFieldMessage } from './use-field-message'

/** Props of one labelled checkbox bound to a boolean form path. */
export interface CheckboxFieldProps<T extends FieldValues> {
  label: string
  path: Path<T>
  form: ConsoleForm<T>
  hint?: ReactNode
}

/** A checkbox with its label beside it (not above, like text fields), its hint and its error, wired by path. */
export function CheckboxField<T extends FieldValues>({ label, path, form, hint }: CheckboxFieldProps<T>) {
  const message = useFieldMessage(form, path)
  const id = form.idOf(path)
  const described = [message ? form.errorIdOf(path) : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ')
  return (
    <div className="checkbox-field">
      <input id={id} type="checkbox" {...form.form.register(path)} aria-invalid={message ? true : undefined} aria-describedby={described || undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={form.errorIdOf(path)} className="field-error checkbox-field__error">
          {message}
        </p>
      ) : null}
    </div>
  )
}

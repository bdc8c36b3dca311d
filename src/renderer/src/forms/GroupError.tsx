import type { FieldValues } from 'react-hook-form'
import type { ConsoleForm } from './use-console-form'
import { useFieldMessage } from './use-field-message'

/**
 * The error of a whole group (a list of variants, the inbox choice), shown once under its heading;
 * its id is what the group's `aria-describedby` points at.
 */
export function GroupError<T extends FieldValues>({ form, slot }: { form: ConsoleForm<T>; slot: string }) {
  const message = useFieldMessage(form, slot)
  if (!message) return null
  return (
    <p id={form.errorIdOf(slot)} className="field-error">
      {message}
    </p>
  )
}

/** Props a group container needs to take focus when its error is the first one, and to be described by it. */
export function groupProps<T extends FieldValues>(form: ConsoleForm<T>, slot: string, message: string | undefined) {
  return {
    id: form.idOf(slot),
    tabIndex: -1,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? form.errorIdOf(slot) : undefined
  } as const
}

import { get, useFormState, type FieldValues } from 'react-hook-form'
import type { ConsoleForm } from './use-console-form'

/** The error message on one form path (a field, or a group's `…root` slot), re-rendering only when that path's error changes. */
export function useFieldMessage<T extends FieldValues>(form: ConsoleForm<T>, path: string): string | undefined {
  const { errors } = useFormState({ control: form.form.control, name: path as never })
  return (get(errors, path) as { message?: string } | undefined)?.message
}

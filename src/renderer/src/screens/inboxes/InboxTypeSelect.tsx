import type { FieldValues } from 'react-hook-form'
import { INBOX_TYPES } from '../../../../shared/contract/senders'
import { Field } from '../../forms/Field'
import type { ConsoleForm } from '../../forms/use-console-form'
import { INBOX_TYPE_LABELS } from './inbox-draft'

/** The "Inbox type" select of every inbox form (wizard and import row editor), with one hint and one set of names. */
export function InboxTypeSelect<T extends FieldValues & { inbox_type: string }>({ form }: { form: ConsoleForm<T> }) {
  return (
    <Field label="Inbox type" path="inbox_type" form={form} hint="ColdSend sets sending limits and warm-up by inbox type.">
      {(control) => (
        <select {...control} {...form.form.register('inbox_type' as never)}>
          {INBOX_TYPES.map((t) => (
            <option key={t} value={t}>
              {INBOX_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

import { useState, type ReactNode } from 'react'
import type { Path } from 'react-hook-form'
import { cleanPassword } from '../../../../../shared/mail-password'
import { Field } from '../../../forms/Field'
import type { ConsoleForm } from '../../../forms/use-console-form'
import type { WizardValues } from './wizard-values'

/** The wizard's form, as every step component receives it. */
export type WizardForm = ConsoleForm<WizardValues>

/** A labelled text input bound to a wizard field; `onChange` runs after the form has the new value. */
export function TextField(props: { form: WizardForm; path: Path<WizardValues>; label: string; type?: string; hint?: ReactNode; onBlur?: () => void; onChange?: (value: string) => void }) {
  const { form, path, label, type = 'text', hint, onBlur, onChange } = props
  return (
    <Field label={label} path={path} form={form} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete="off"
          spellCheck={false}
          {...form.form.register(path, {
            ...(onBlur ? { onBlur } : {}),
            ...(onChange ? { onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value) } : {})
          })}
        />
      )}
    </Field>
  )
}

/**
 * A password input that is never shown back: pasted text is cleaned when the field is left (stray
 * whitespace, spaced app passwords) and the change is said, without echoing any of it.
 */
export function PasswordField({ form, path, label, hint }: { form: WizardForm; path: 'smtp_password' | 'imap_password'; label: string; hint?: ReactNode }) {
  const [notes, setNotes] = useState<string[]>([])
  const shown =
    hint === undefined && notes.length === 0 ? undefined : (
      <>
        {hint}
        {notes.map((note) => (
          <span key={note} className="password-note" role="status">
            {' '}
            {note}
          </span>
        ))}
      </>
    )
  return (
    <Field label={label} path={path} form={form} hint={shown}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete="off"
          spellCheck={false}
          {...form.form.register(path, {
            onBlur: (e: React.FocusEvent<HTMLInputElement>) => {
              const cleaned = cleanPassword(e.target.value)
              if (cleaned.value !== e.target.value) form.form.setValue(path, cleaned.value, { shouldDirty: true })
              setNotes(cleaned.notes)
            }
          })}
        />
      )}
    </Field>
  )
}

/** The encryption of one side: SSL/TLS from the first byte, or plain then STARTTLS. */
export function SecuritySelect({ form, path, label }: { form: WizardForm; path: 'smtp_security' | 'imap_security'; label: string }) {
  return (
    <Field label={label} path={path} form={form}>
      {(control) => (
        <select {...control} {...form.form.register(path)}>
          <option value="ssl">SSL/TLS (encrypted from the start)</option>
          <option value="starttls">STARTTLS (plain, then encrypted)</option>
        </select>
      )}
    </Field>
  )
}

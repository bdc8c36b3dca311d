import { useEffect, useRef, type FormEvent } from 'react'
import { cleanPassword } from '../../../../../shared/mail-password'
import { Field } from '../../../forms/Field'
import { FormBanner } from '../../../forms/FormBanner'
import { useConsoleForm } from '../../../forms/use-console-form'
import { InboxTypeSelect } from '../InboxTypeSelect'
import { INBOX_FORM_FIELDS, inboxFormSchema, type InboxFormValues } from '../inbox-draft'
import type { ImportRow } from './import-rows'
import { validateRow } from './import-rows'
import { outcomeText, problemTexts } from './row-text'

/** Props: the row being edited, and what to do with the corrected values or on cancel. */
export interface EditRowFormProps {
  row: ImportRow
  onSave: (values: InboxFormValues) => void
  onCancel: () => void
}

type PasswordPath = 'smtp_password' | 'imap_password'

/**
 * One row's values in the Add inbox form's fields and labels, checked by the same rules. Password
 * fields start empty (the file's passwords are never put back on the page): left empty, the row keeps
 * its password; typed, the new one replaces it.
 */
export function EditRowForm({ row, onSave, onCancel }: EditRowFormProps) {
  const form = useConsoleForm<InboxFormValues>({
    schema: inboxFormSchema,
    defaultValues: { ...row.values, smtp_password: '', imap_password: '' },
    fields: INBOX_FORM_FIELDS
  })
  const { register } = form.form
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const text = (path: keyof InboxFormValues, label: string) => (
    <Field label={label} path={path} form={form}>
      {(control) => <input {...control} type="text" autoComplete="off" spellCheck={false} {...register(path)} />}
    </Field>
  )
  const password = (path: PasswordPath, label: string) => (
    <Field label={label} path={path} form={form} hint="Leave empty to keep the password from the file.">
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          {...register(path, {
            onBlur: (e: React.FocusEvent<HTMLInputElement>) => {
              const cleaned = cleanPassword(e.target.value).value
              if (cleaned !== e.target.value) form.form.setValue(path, cleaned)
            }
          })}
        />
      )}
    </Field>
  )

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const typed = form.form.getValues()
    const values: InboxFormValues = {
      ...typed,
      smtp_password: typed.smtp_password || row.values.smtp_password,
      imap_password: typed.imap_password || row.values.imap_password
    }
    const issues = validateRow(values)
    form.clearAll()
    if (issues.length > 0) return form.showIssues(issues)
    onSave(values)
  }

  const problems = problemTexts(row)
  return (
    <section className="panel import-edit" aria-labelledby="import-edit-heading">
      <h2 id="import-edit-heading" ref={heading} tabIndex={-1}>
        Edit row {row.row}
      </h2>
      <p className="field-hint">
        {problems.length > 0 ? problems.join(' ') : outcomeText(row)}
        {row.check && row.check.state !== 'ok' ? ` Connection test: ${row.check.title}.` : ''}
      </p>
      <form className="form" noValidate onSubmit={save} aria-label={`Edit row ${row.row}`}>
        <FormBanner form={form} />
        <div className="import-edit__grid">
          <fieldset>
            <legend>Inbox</legend>
            {text('email_address', 'Email')}
            {text('display_name', 'Display name')}
            <InboxTypeSelect form={form} />
            {text('daily_limit', 'Daily limit')}
          </fieldset>
          <fieldset>
            <legend>Sending (SMTP)</legend>
            {text('smtp_host', 'SMTP host')}
            {text('smtp_port', 'SMTP port')}
            {text('smtp_username', 'SMTP username')}
            {password('smtp_password', 'SMTP password')}
          </fieldset>
          <fieldset>
            <legend>Reading replies (IMAP)</legend>
            {text('imap_host', 'IMAP host')}
            {text('imap_port', 'IMAP port')}
            {text('imap_username', 'IMAP username')}
            {password('imap_password', 'IMAP password')}
          </fieldset>
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            Save row {row.row}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  )
}

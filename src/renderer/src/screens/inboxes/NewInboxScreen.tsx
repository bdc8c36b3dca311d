import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { MailCheckRequest, MailProtocol, TlsMode } from '../../../../shared/contract/mail-check'
import type { AppError } from '../../../../shared/contract/app-error'
import { INBOX_TYPES } from '../../../../shared/contract/senders'
import { Field } from '../../forms/Field'
import { FormBanner } from '../../forms/FormBanner'
import { FormSection, SectionProvider } from '../../forms/form-sections'
import { useConsoleForm } from '../../forms/use-console-form'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { notify } from '../../toasts/toasts-store'
import { cleanPassword } from '../../../../shared/mail-password'
import { ConnectionCheck } from './check/ConnectionCheck'
import { EMPTY_INBOX, INBOX_TYPE_LABELS, IMAP_FIELDS, INBOX_FORM_FIELDS, inboxCreateInput, inboxFormSchema, SMTP_FIELDS, type InboxFormValues } from './inbox-draft'


/**
 * Add one inbox by its SMTP and IMAP settings (`#/inboxes/new`). Every problem — local or ColdSend's
 * own connection check — lands on its field, opening the SMTP or IMAP section that holds it.
 */
export function NewInboxScreen() {
  useDocumentTitle('Add inbox', 'Inboxes')
  const navigate = useNavigate()
  const form = useConsoleForm<InboxFormValues>({ schema: inboxFormSchema, defaultValues: EMPTY_INBOX, fields: INBOX_FORM_FIELDS })
  const create = useApiMutation('senders.create', ['senders.list'])
  const { register } = form.form
  const text = (path: keyof InboxFormValues, label: string, type = 'text', hint?: string) => (
    <Field label={label} path={path} form={form} hint={hint}>
      {(control) => <input {...control} type={type} autoComplete="off" spellCheck={false} {...register(path)} />}
    </Field>
  )

  // Pasted passwords are cleaned when the field is left (stray whitespace, spaced app passwords), and the change is said.
  const [passwordNotes, setPasswordNotes] = useState<Partial<Record<'smtp_password' | 'imap_password', string[]>>>({})
  const password = (path: 'smtp_password' | 'imap_password', label: string, hint?: string) => (
    <Field
      label={label}
      path={path}
      form={form}
      hint={
        hint === undefined && !passwordNotes[path]?.length ? undefined : (
        <>
          {hint}
          {(passwordNotes[path] ?? []).map((note) => (
            <span key={note} className="password-note" role="status">
              {' '}
              {note}
            </span>
          ))}
        </>
        )
      }
    >
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete="off"
          spellCheck={false}
          {...register(path, {
            onBlur: (e: React.FocusEvent<HTMLInputElement>) => {
              const cleaned = cleanPassword(e.target.value)
              if (cleaned.value !== e.target.value) form.form.setValue(path, cleaned.value, { shouldDirty: true })
              setPasswordNotes((n) => ({ ...n, [path]: cleaned.notes }))
            }
          })}
        />
      )}
    </Field>
  )

  const onSubmit = form.submit(async (values) => {
    if (create.isPending) return
    create.reset()
    try {
      const inbox = await create.mutateAsync(inboxCreateInput(values))
      notify(`Inbox ${inbox.email_address} added.`, { link: { to: paths.inboxes(), label: 'Show inboxes' } })
      void navigate(paths.inboxes())
    } catch (error) {
      form.showError(error as AppError)
    }
  })
  const failure = create.error && create.error.kind !== 'validation' ? create.error : null

  // The TLS mode follows the port (465/993 = SSL/TLS, otherwise STARTTLS) unless a suggested switch chose one.
  const [modes, setModes] = useState<Partial<Record<MailProtocol, TlsMode>>>({})
  const checkRequest = (): MailCheckRequest | null => {
    const v = form.form.getValues()
    const missing = [...SMTP_FIELDS, ...IMAP_FIELDS].filter((path) => v[path].trim() === '').map((path) => ({ path, msg: 'Needed for the connection test.' }))
    form.clearAll()
    if (missing.length > 0) {
      form.showIssues(missing)
      return null
    }
    const side = (protocol: MailProtocol, host: string, port: string, username: string, password: string) => {
      const n = Number(port)
      return { host: host.trim(), port: n, mode: modes[protocol] ?? (n === 465 || n === 993 ? 'ssl' : 'starttls'), username: username.trim(), password } as const
    }
    return {
      smtp: side('smtp', v.smtp_host, v.smtp_port, v.smtp_username, v.smtp_password),
      imap: side('imap', v.imap_host, v.imap_port, v.imap_username, v.imap_password)
    }
  }
  const applySwitch = (protocol: MailProtocol, port: number, mode: TlsMode) => {
    form.form.setValue(protocol === 'smtp' ? 'smtp_port' : 'imap_port', String(port), { shouldDirty: true })
    setModes((m) => ({ ...m, [protocol]: mode }))
    notify(`${protocol.toUpperCase()} now uses port ${port} (${mode === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}). Test again to confirm.`, { tone: 'info' })
  }

  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={paths.inboxes()}>Inboxes</Link>
      </p>
      <h1 tabIndex={-1}>Add inbox</h1>
      <SectionProvider registry={form.sections}>
        <form className="form panel" noValidate onSubmit={onSubmit} aria-busy={create.isPending || undefined}>
          <FormBanner form={form} />
          {text('email_address', 'Email address', 'email')}
          {text('display_name', 'Sender name', 'text', 'The name recipients see.')}
          <Field label="Provider" path="inbox_type" form={form}>
            {(control) => (
              <select {...control} {...register('inbox_type')}>
                {INBOX_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {INBOX_TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('daily_limit', 'Daily limit', 'text', 'Optional. Emails per day from this inbox; empty uses the provider default.')}
          <FormSection title="Sending (SMTP)" holds={SMTP_FIELDS} defaultOpen>
            {text('smtp_host', 'SMTP host')}
            {text('smtp_port', 'SMTP port', 'text', '587 (STARTTLS) or 465 (TLS).')}
            {text('smtp_username', 'SMTP username')}
            {password('smtp_password', 'SMTP password', 'Use an app password where your provider requires one.')}
          </FormSection>
          <FormSection title="Reading replies (IMAP)" holds={IMAP_FIELDS}>
            {text('imap_host', 'IMAP host')}
            {text('imap_port', 'IMAP port', 'text', '993 (SSL/TLS).')}
            {text('imap_username', 'IMAP username')}
            {password('imap_password', 'IMAP password')}
          </FormSection>
          <ConnectionCheck getRequest={checkRequest} onSwitch={applySwitch} />
          {failure ? <ErrorNotice error={failure} headingLevel={2} /> : null}
          <div className="button-row">
            <button type="submit" className="primary" disabled={create.isPending}>
              Add inbox
            </button>
            <Link to={paths.inboxes()}>Cancel</Link>
            {create.isPending ? <span className="muted">ColdSend is checking the SMTP and IMAP connection…</span> : null}
          </div>
        </form>
      </SectionProvider>
    </div>
  )
}

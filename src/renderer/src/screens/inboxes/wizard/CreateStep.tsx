import { Link } from 'react-router'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { MailCheckResult } from '../../../../../shared/contract/mail-check'
import { FactList } from '../../../components/FactList'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { paths } from '../../../routes/paths'
import { INBOX_TYPE_LABELS } from '../inbox-draft'
import { ServerVerdict } from './ServerVerdict'
import { TextField, type WizardForm } from './WizardFields'
import { effectiveValues } from './wizard-values'

const MODE = { ssl: 'SSL/TLS', starttls: 'STARTTLS' } as const

/** Props: the form, the last local test, ColdSend's refusal (if any), and how to go back to the test. */
export interface CreateStepProps {
  form: WizardForm
  local: MailCheckResult | null
  error: AppError | null
  pending: boolean
  onTest: () => void
}

/**
 * Step 4: everything that will be sent (passwords only as "set"), the optional daily limit, and
 * ColdSend's answer: its own connection failure beside the local result, or a link to the inbox that
 * already exists. Field problems are placed on their fields by the wizard.
 */
export function CreateStep({ form, local, error, pending, onTest }: CreateStepProps) {
  const v = effectiveValues(form.form.getValues())
  const localState = !local ? 'not run' : local.smtp?.ok && local.imap?.ok ? 'passed' : 'failed'
  return (
    <>
      <FactList
        facts={[
          ['Email', v.email_address],
          ['Display name', v.display_name],
          ['Inbox type', INBOX_TYPE_LABELS[v.inbox_type]],
          ['SMTP', `${v.smtp_host}:${v.smtp_port} (${MODE[v.smtp_security]}) as ${v.smtp_username} — password set`],
          ['IMAP', `${v.imap_host}:${v.imap_port} (${MODE[v.imap_security]}) as ${v.imap_username} — ${v.imap_separate_login ? 'own password set' : 'same password as SMTP'}`],
          ['Connection test', localState]
        ]}
      />
      {localState !== 'passed' ? (
        <p className="field-warning" role="note">
          The connection test has {localState === 'failed' ? 'not passed' : 'not been run'}. ColdSend tests both servers itself before it stores the inbox, and refuses it if either fails.
        </p>
      ) : null}
      <TextField form={form} path="daily_limit" label="Daily limit" hint="Optional. Emails per day from this inbox; empty uses the provider default." />
      {pending ? <p className="muted" role="status">ColdSend is connecting to the SMTP and IMAP servers…</p> : null}
      {error?.kind === 'business' && error.code === 'connection_failed' ? <ServerVerdict error={error} local={local} onTest={onTest} /> : null}
      {error?.kind === 'conflict' ? (
        <div className="panel" role="alert">
          <h2>This inbox already exists</h2>
          <p>ColdSend already has an inbox for {error.existing?.email ?? v.email_address}; it was not added twice.</p>
          <p>
            {error.existing?.id ? (
              <Link to={paths.inbox(error.existing.id)}>Open the existing inbox</Link>
            ) : (
              <Link to={`${paths.inboxes()}?q=${encodeURIComponent(v.email_address)}`}>Find it in Inboxes</Link>
            )}
          </p>
        </div>
      ) : null}
      {error && error.kind !== 'validation' && error.kind !== 'conflict' && !(error.kind === 'business' && error.code === 'connection_failed') ? (
        <ErrorNotice error={error} headingLevel={2} />
      ) : null}
    </>
  )
}

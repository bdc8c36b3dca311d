import { useId, useState, type FormEvent } from 'react'
import type { Sender } from '../../../../shared/contract/senders'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { notify } from '../../toasts/toasts-store'

/** Asks where to send a test email from this inbox, sends it through ColdSend and reports the answer. */
export function SendTestEmailDialog({ inbox, onClose }: { inbox: Pick<Sender, 'inbox_id' | 'email_address'>; onClose: () => void }) {
  const fieldId = useId()
  const [recipient, setRecipient] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const send = useApiMutation('senders.testEmail', [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const to = recipient.trim()
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) return setProblem('Enter the address that should receive the test, e.g. you@yourcompany.com.')
    setProblem(null)
    send.mutate(
      { inbox_id: inbox.inbox_id, recipient_email: to },
      {
        onSuccess: () => {
          notify(`Test email sent from ${inbox.email_address} to ${to}.`)
          onClose()
        }
      }
    )
  }
  return (
    <Dialog title={`Send a test email from ${inbox.email_address}`} onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <div className={problem ? 'field field--invalid' : 'field'}>
          <label htmlFor={fieldId}>Send to</label>
          <input
            id={fieldId}
            type="email"
            value={recipient}
            onChange={(e) => setRecipient(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${fieldId}-error` : undefined}
          />
          {problem ? (
            <p id={`${fieldId}-error`} className="field-error">
              {problem}
            </p>
          ) : null}
        </div>
        {send.error ? <ErrorNotice error={send.error} headingLevel={3} autoRetry={false} /> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={send.isPending}>
            {send.isPending ? 'Sending…' : 'Send test email'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  )
}

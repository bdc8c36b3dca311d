import type { Sender } from '../../../../shared/contract/senders'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { notify } from '../../toasts/toasts-store'
import { INBOX_READS } from './inbox-reads'

/**
 * Asks before deleting an inbox (ColdSend forgets its credentials; it cannot be undone). When
 * campaigns still use it, the refusal names them (the server's list) so the operator knows what to change.
 */
export function DeleteInboxDialog({ inbox, onClose, onDeleted }: { inbox: Pick<Sender, 'inbox_id' | 'email_address'>; onClose: () => void; onDeleted?: () => void }) {
  const remove = useApiMutation('senders.delete', INBOX_READS)
  const inUse = remove.error?.kind === 'business' && remove.error.code === 'inbox_in_use' ? remove.error : null
  const confirm = () =>
    remove.mutate(
      { inbox_id: inbox.inbox_id },
      {
        onSuccess: () => {
          notify(`Inbox ${inbox.email_address} deleted.`)
          onClose()
          onDeleted?.()
        }
      }
    )
  return (
    <Dialog title={`Delete ${inbox.email_address}?`} onClose={onClose}>
      <p>ColdSend stops sending from this inbox and forgets its SMTP and IMAP settings. This cannot be undone.</p>
      {inUse && inUse.campaigns && inUse.campaigns.length > 0 ? (
        <div className="field-warning">
          <p>These campaigns still send from it; remove it from them (in each campaign’s Inboxes section) first:</p>
          <ul>
            {inUse.campaigns.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {remove.error ? <ErrorNotice error={remove.error} headingLevel={3} autoRetry={false} /> : null}
      <div className="button-row">
        <button type="button" className="danger" disabled={remove.isPending} onClick={confirm}>
          Delete inbox
        </button>
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
      </div>
    </Dialog>
  )
}

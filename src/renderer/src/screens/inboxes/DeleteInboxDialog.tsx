import { useState } from 'react'
import type { Sender } from '../../../../shared/contract/senders'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { notify } from '../../toasts/toasts-store'
import { InboxInUsePanel } from './in-use/InboxInUsePanel'
import { INBOX_READS } from './inbox-reads'
import { ConfirmActions } from '../../components/ConfirmActions'

/**
 * Asks before deleting an inbox (ColdSend forgets its credentials; it cannot be undone). When
 * campaigns still use it, the guided panel shows them and offers to take it out of them first.
 */
export function DeleteInboxDialog({ inbox, onClose, onDeleted }: { inbox: Pick<Sender, 'inbox_id' | 'email_address'>; onClose: () => void; onDeleted?: () => void }) {
  const remove = useApiMutation('senders.delete', INBOX_READS)
  const [busy, setBusy] = useState(false)
  const inUse = remove.error?.kind === 'business' && remove.error.code === 'inbox_in_use' ? remove.error : null
  const deleted = () => {
    notify(`Inbox ${inbox.email_address} deleted.`)
    onClose()
    onDeleted?.()
  }
  const confirm = () => remove.mutate({ inbox_id: inbox.inbox_id }, { onSuccess: deleted })
  return (
    <Dialog title={`Delete ${inbox.email_address}?`} onClose={busy ? () => undefined : onClose}>
      <p>ColdSend stops sending from this inbox and forgets its SMTP and IMAP settings. This cannot be undone.</p>
      {inUse ? (
        <InboxInUsePanel inbox={inbox} names={inUse.campaigns} onBusyChange={setBusy} onClose={(gone) => (gone ? deleted() : onClose())} />
      ) : (
        <>
          {remove.error ? <ErrorNotice error={remove.error} headingLevel={3} autoRetry={false} /> : null}
          <ConfirmActions label="Delete inbox" busy={remove.isPending} onConfirm={confirm} onCancel={onClose} />
        </>
      )}
    </Dialog>
  )
}

import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { AppError } from '../../../../shared/contract/app-error'
import type { Sender } from '../../../../shared/contract/senders'
import { MenuButton, type MenuItem } from '../../components/MenuButton'
import { useApiMutation } from '../../query/use-api-mutation'
import { paths } from '../../routes/paths'
import { notify } from '../../toasts/toasts-store'
import { DeleteInboxDialog } from './DeleteInboxDialog'
import { INBOX_READS } from './inbox-reads'
import { SendTestEmailDialog } from './SendTestEmailDialog'

/** The row's "Actions" menu: Open, Pause or Resume (by status), Send test email…, Delete… (asks first). */
export function InboxRowActions({ inbox }: { inbox: Sender }) {
  const navigate = useNavigate()
  const pause = useApiMutation('senders.pause', INBOX_READS)
  const resume = useApiMutation('senders.resume', INBOX_READS)
  const [dialog, setDialog] = useState<'test' | 'delete' | null>(null)
  const id = { inbox_id: inbox.inbox_id }
  const failed = (what: string) => (error: AppError) =>
    notify(`Could not ${what} ${inbox.email_address}: ${error.message}`, { error })
  const items: MenuItem[] = [{ label: 'Open', onSelect: () => void navigate(paths.inbox(inbox.inbox_id)) }]
  if (inbox.overall_status === 'PAUSED')
    items.push({ label: 'Resume', onSelect: () => resume.mutate(id, { onSuccess: () => notify(`${inbox.email_address} resumed.`), onError: failed('resume') }) })
  else
    items.push({
      label: 'Pause',
      disabled: inbox.overall_status !== 'ACTIVE',
      reason: 'Only active inboxes can be paused.',
      onSelect: () => pause.mutate(id, { onSuccess: () => notify(`${inbox.email_address} paused.`), onError: failed('pause') })
    })
  items.push({ label: 'Send test email…', onSelect: () => setDialog('test') })
  items.push({ label: 'Delete…', danger: true, onSelect: () => setDialog('delete') })
  // React bubbles clicks out of portals along the component tree: a click on a menu item (portalled
  // to the body) or inside the dialog would reach the row's own click, which opens the inbox page.
  return (
    <span className="row-actions" onClick={(event) => event.stopPropagation()}>
      <MenuButton label="Actions" accessibleName={`Actions for ${inbox.email_address}`} items={items} />
      {dialog === 'test' ? <SendTestEmailDialog inbox={inbox} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteInboxDialog inbox={inbox} onClose={() => setDialog(null)} /> : null}
    </span>
  )
}

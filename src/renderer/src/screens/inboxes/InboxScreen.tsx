import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { FactList } from '../../components/FactList'
import { formatDateTime } from '../../format/dates'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { QueryDataAge } from '../../query/QueryDataAge'
import { useApiMutation } from '../../query/use-api-mutation'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { notify } from '../../toasts/toasts-store'
import { DeleteInboxDialog } from './DeleteInboxDialog'
import { InboxCampaigns } from './InboxCampaigns'
import { INBOX_READS } from './inbox-reads'
import { healthText, inboxTypeLabel } from './inbox-text'
import { InboxStatus } from './InboxStatus'
import { SendTestEmailDialog } from './SendTestEmailDialog'

const hostLine = (host: string | null | undefined, port: number | null | undefined, tls: boolean | null | undefined, kind: 'SMTP' | 'IMAP') =>
  host ? `${host}:${port ?? '?'} · ${tls ? (port === 465 || port === 993 ? 'SSL/TLS' : 'STARTTLS') : kind === 'SMTP' ? 'no TLS' : 'no SSL'}` : '–'

/** One inbox (`#/inboxes/:id`): its settings (never credentials), health, the campaigns using it, and its actions. */
export function InboxScreen() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const inbox = useApiQuery('senders.get', { inbox_id: id })
  const pause = useApiMutation('senders.pause', INBOX_READS)
  const resume = useApiMutation('senders.resume', INBOX_READS)
  const [dialog, setDialog] = useState<'test' | 'delete' | null>(null)
  const data = inbox.data
  useDocumentTitle(data?.email_address ?? (inbox.isPending ? 'Loading…' : 'Inbox'), 'Inboxes')
  if (inbox.error && !data && (inbox.error.kind === 'not_found' || inbox.error.kind === 'validation'))
    return (
      <div className="screen">
        <h1 tabIndex={-1}>Inbox not found</h1>
        <p>No inbox of this account has this address. It may have been deleted, or the link belongs to another account or profile.</p>
        <Link to={paths.inboxes()}>Back to Inboxes</Link>
      </div>
    )
  const change = pause.error ?? resume.error
  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={paths.inboxes()}>Inboxes</Link>
      </p>
      <h1 tabIndex={-1}>{data?.email_address ?? (inbox.isPending ? 'Loading inbox…' : 'Inbox')}</h1>
      {inbox.error && !data ? <ErrorNotice error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {data ? (
        <>
          <div className="button-row">
            {data.overall_status === 'PAUSED' ? (
              <button type="button" disabled={resume.isPending} onClick={() => resume.mutate({ inbox_id: id }, { onSuccess: () => notify(`${data.email_address} resumed.`) })}>
                Resume
              </button>
            ) : data.overall_status === 'ACTIVE' ? (
              <button type="button" disabled={pause.isPending} onClick={() => pause.mutate({ inbox_id: id }, { onSuccess: () => notify(`${data.email_address} paused.`) })}>
                Pause
              </button>
            ) : null}
            <button type="button" onClick={() => setDialog('test')}>
              Send test email
            </button>
            <button type="button" className="danger" onClick={() => setDialog('delete')}>
              Delete inbox
            </button>
          </div>
          {change ? <ErrorNotice error={change} headingLevel={2} autoRetry={false} /> : null}
          <section className="panel" aria-labelledby="inbox-settings-heading">
            <h2 id="inbox-settings-heading">Settings</h2>
            <FactList
              facts={[
                ['Status', <InboxStatus key="s" status={data.overall_status} />],
                ['Display name', data.display_name ?? '–'],
                ['Type', inboxTypeLabel(data.inbox_type)],
                ['Daily limit', data.daily_limit ?? '–'],
                ['SMTP', hostLine(data.smtp_host, data.smtp_port, data.smtp_use_tls, 'SMTP')],
                ['IMAP', hostLine(data.imap_host, data.imap_port, data.imap_use_ssl, 'IMAP')],
                ['Health', healthText(data)],
                ['Created', data.created_at ? formatDateTime(data.created_at) : '–'],
                ['Updated', data.updated_at ? formatDateTime(data.updated_at) : '–']
              ]}
            />
          </section>
          <InboxCampaigns inboxId={id} />
          <QueryDataAge query={inbox} />
        </>
      ) : null}
      {data && dialog === 'test' ? <SendTestEmailDialog inbox={data} onClose={() => setDialog(null)} /> : null}
      {data && dialog === 'delete' ? <DeleteInboxDialog inbox={data} onClose={() => setDialog(null)} onDeleted={() => void navigate(paths.inboxes())} /> : null}
    </div>
  )
}

import { Link } from 'react-router'
import { TruncatedText } from '../../components/TruncatedText'
import { QueryDataAge } from '../../query/QueryDataAge'
import { QueryStates } from '../../query/QueryStates'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { INBOX_TYPE_LABELS } from './inbox-draft'

const providerLabel = (t: string | null | undefined) => (t && t in INBOX_TYPE_LABELS ? INBOX_TYPE_LABELS[t as keyof typeof INBOX_TYPE_LABELS] : label(t))
const label = (s: string | null | undefined) => (s ? s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ') : '–')

/** The sender inboxes of the active account: address, name, provider, status and daily limit. */
export function InboxesScreen() {
  useDocumentTitle('Inboxes')
  const inboxes = useApiQuery('senders.list', { page: 1, limit: 100 }, { keepPrevious: true })
  const rows = inboxes.data?.sender_accounts ?? []
  return (
    <div className="screen">
      <div className="screen__header">
        <h1 id="inboxes-heading" tabIndex={-1}>
          Inboxes
        </h1>
        <Link className="button-link button-link--primary" to={paths.newInbox()}>
          Add inbox
        </Link>
      </div>
      <div className="list-region" aria-busy={inboxes.isFetching}>
        <QueryStates
          query={inboxes}
          loading="Loading inboxes…"
          isEmpty={rows.length === 0}
          empty={
            <div className="empty-state">
              <p className="empty-state__title">No inboxes yet</p>
              <p>Campaigns send from your inboxes. Connect one with its SMTP and IMAP settings.</p>
              <Link className="button-link button-link--primary" to={paths.newInbox()}>
                Add your first inbox
              </Link>
            </div>
          }
        />
        {rows.length > 0 ? (
          <div className="table-wrap">
            <table className="data-table" aria-labelledby="inboxes-heading">
              <colgroup>
                <col />
                <col style={{ width: '12rem' }} />
                <col style={{ width: '10rem' }} />
                <col style={{ width: '7rem' }} />
                <col style={{ width: '7rem' }} />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Email address</th>
                  <th scope="col">Name</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Daily limit
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((inbox) => (
                  <tr key={inbox.inbox_id}>
                    <th scope="row">
                      <TruncatedText text={inbox.email_address} />
                    </th>
                    <td>
                      <TruncatedText text={inbox.display_name ?? '–'} />
                    </td>
                    <td>
                      <TruncatedText text={providerLabel(inbox.inbox_type)} />
                    </td>
                    <td>{label(inbox.overall_status)}</td>
                    <td className="num">{inbox.daily_limit ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
      <QueryDataAge query={inboxes} />
    </div>
  )
}

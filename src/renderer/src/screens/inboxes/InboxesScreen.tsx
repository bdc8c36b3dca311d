import { Link, useNavigate } from 'react-router'
import { TruncatedText } from '../../components/TruncatedText'
import { formatDate } from '../../format/dates'
import { QueryDataAge } from '../../query/QueryDataAge'
import { QueryStates } from '../../query/QueryStates'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { InboxesToolbar } from './InboxesToolbar'
import { InboxRowActions } from './InboxRowActions'
import { InboxStatus } from './InboxStatus'
import { healthText, inboxTypeLabel } from './inbox-text'
import { inboxListInput, useInboxListParams } from './use-inbox-list-params'

/**
 * The sender inboxes of the active account: address, name, type, status, daily limit, health and
 * created date, with filters in the address and a row menu (open, pause/resume, test email, delete).
 */
export function InboxesScreen() {
  useDocumentTitle('Inboxes')
  const navigate = useNavigate()
  const { state, update } = useInboxListParams()
  const inboxes = useApiQuery('senders.list', inboxListInput(state), { keepPrevious: true })
  const rows = inboxes.data?.sender_accounts ?? []
  const filtered = state.status !== null || state.type !== null || state.search !== ''
  return (
    <div className="screen">
      <div className="screen__header">
        <h1 id="inboxes-heading" tabIndex={-1}>
          Inboxes
        </h1>
        <div className="button-row">
          <Link className="button-link" to={paths.importInboxes()}>
            Import CSV
          </Link>
          <Link className="button-link button-link--primary" to={paths.newInbox()}>
            Add inbox
          </Link>
        </div>
      </div>
      <InboxesToolbar state={state} onChange={update} />
      <div className="list-region" aria-busy={inboxes.isFetching}>
        <QueryStates
          query={inboxes}
          loading="Loading inboxes…"
          isEmpty={rows.length === 0}
          empty={
            filtered ? (
              <div className="empty-state">
                <p className="empty-state__title">No inbox matches these filters</p>
                <button type="button" onClick={() => update({ status: null, type: null, search: '' })}>
                  Clear filters
                </button>
              </div>
            ) : (
              <div className="empty-state">
                <p className="empty-state__title">No inboxes yet</p>
                <p>Campaigns send from your inboxes. Connect one with its SMTP and IMAP settings.</p>
                <Link className="button-link button-link--primary" to={paths.newInbox()}>
                  Add your first inbox
                </Link>
              </div>
            )
          }
        />
        {rows.length > 0 ? (
          <div className="table-wrap">
            <table className="data-table" aria-labelledby="inboxes-heading">
              <colgroup>
                <col />
                <col style={{ width: '10rem' }} />
                <col style={{ width: '9rem' }} />
                <col style={{ width: '6.5rem' }} />
                <col style={{ width: '5.5rem' }} />
                <col style={{ width: '11rem' }} />
                <col style={{ width: '7rem' }} />
                <col className="col-actions" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Email address</th>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Daily limit
                  </th>
                  <th scope="col">Health</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((inbox) => (
                  <tr key={inbox.inbox_id} className="row-link" onClick={(e) => (e.target as HTMLElement).closest('button, a') || void navigate(paths.inbox(inbox.inbox_id))}>
                    <th scope="row">
                      <TruncatedText text={inbox.email_address} to={paths.inbox(inbox.inbox_id)} />
                    </th>
                    <td>
                      <TruncatedText text={inbox.display_name ?? '–'} />
                    </td>
                    <td>
                      <TruncatedText text={inboxTypeLabel(inbox.inbox_type)} />
                    </td>
                    <td>
                      <InboxStatus status={inbox.overall_status} />
                    </td>
                    <td className="num">{inbox.daily_limit ?? '–'}</td>
                    <td>
                      <TruncatedText text={healthText(inbox)} />
                    </td>
                    <td>{formatDate(inbox.created_at)}</td>
                    <td>
                      <InboxRowActions inbox={inbox} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {inboxes.data?.pagination && inboxes.data.pagination.total > rows.length ? (
          <p className="list-footer">
            Showing the first {rows.length} of {inboxes.data.pagination.total.toLocaleString()} inboxes; search or filter to find others.
          </p>
        ) : null}
      </div>
      <QueryDataAge query={inboxes} />
    </div>
  )
}

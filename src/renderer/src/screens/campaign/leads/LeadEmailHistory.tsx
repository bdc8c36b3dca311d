import { useId } from 'react'
import type { LeadDetail } from '../../../../../shared/contract/leads'
import { formatDateTime } from '../../../format/dates'

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const when = (v: unknown) => (text(v) ? formatDateTime(text(v)!) : '–')
const yes = (v: unknown) => (v === true ? 'Yes' : 'No')

/** A lead's emails, one row per sequence step (subject, sent / opened / replied times, inbox, bounce), then its replies. */
export function LeadEmailHistory({ detail }: { detail: LeadDetail }) {
  const id = useId()
  const emails = detail.email_interactions
  const replies = detail.replies
  return (
    <>
      <section aria-labelledby={`${id}-history`}>
        <h3 id={`${id}-history`}>Email history</h3>
        {emails.length === 0 ? (
          <p className="muted">No email sent to this lead yet.</p>
        ) : (
          <div className="lead-detail__scroll" tabIndex={0} role="region" aria-label="Email history table">
            <table className="lead-detail__table">
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Opened</th>
                  <th scope="col">Replied</th>
                  <th scope="col">Inbox</th>
                  <th scope="col">Bounced</th>
                </tr>
              </thead>
              <tbody>
                {emails.map((e, i) => (
                  <tr key={text(e.email_id) ?? i}>
                    <td>{typeof e.sequence_step === 'number' ? e.sequence_step : i + 1}</td>
                    <td>{text(e.subject) ?? '–'}</td>
                    <td>{e.sent === false ? 'Not sent' : when(e.sent_at)}</td>
                    <td>{when(e.opened_at)}</td>
                    <td>{when(e.replied_at)}</td>
                    <td>{text(e.inbox_email) ?? '–'}</td>
                    <td>{yes(e.bounced)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby={`${id}-replies`}>
        <h3 id={`${id}-replies`}>Replies</h3>
        {replies.length === 0 ? (
          <p className="muted">No replies.</p>
        ) : (
          <ul className="lead-detail__replies">
            {replies.map((r, i) => (
              <li key={text(r.reply_id) ?? i}>
                <strong>{text(r.subject) ?? '(no subject)'}</strong> · {when(r.received_at)}
                {r.is_auto_reply === true ? ' · auto-reply' : ''}
                {r.is_unsubscribe === true ? ' · unsubscribe request' : ''}
                {text(r.body_preview) ? <p>{text(r.body_preview)}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

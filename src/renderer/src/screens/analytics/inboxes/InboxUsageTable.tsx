import type { Sender } from '../../../../../shared/contract/senders'
import { TruncatedText } from '../../../components/TruncatedText'
import { paths } from '../../../routes/paths'
import { InboxStatus } from '../../inboxes/InboxStatus'
import { healthText } from '../../inboxes/inbox-text'
import { inboxUsage, usageText } from './inbox-usage'

/** One row per inbox: address, status, sent today of its daily limit (with a meter), and health in words. */
export function InboxUsageTable({ rows }: { rows: readonly Sender[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table" aria-labelledby="inbox-usage-heading">
        <colgroup>
          <col />
          <col style={{ width: '7rem' }} />
          <col style={{ width: '13rem' }} />
          <col style={{ width: '17rem' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Inbox</th>
            <th scope="col">Status</th>
            <th scope="col">Sent today of daily limit</th>
            <th scope="col">Health</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((inbox) => {
            const usage = inboxUsage(inbox)
            const text = usageText(usage)
            return (
              <tr key={inbox.inbox_id}>
                <th scope="row">
                  <TruncatedText text={inbox.email_address} to={paths.inbox(inbox.inbox_id)} />
                </th>
                <td><InboxStatus status={inbox.overall_status} /></td>
                <td>
                  <span className="usage">
                    <span>{text}</span>
                    {usage.share !== null && usage.dailyLimit !== null ? (
                      <meter className="usage__meter" min={0} max={usage.dailyLimit} value={usage.sentToday ?? 0} aria-label={`${inbox.email_address}: ${text}`} />
                    ) : null}
                  </span>
                </td>
                <td>
                  <TruncatedText text={healthText(inbox)} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

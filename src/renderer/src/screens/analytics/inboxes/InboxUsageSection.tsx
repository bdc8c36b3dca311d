import { QueryStates } from '../../../query/QueryStates'
import { countText } from '../format/rates'
import { AnalyticsDataAge } from '../offline/AnalyticsDataAge'
import { useAnalyticsQuery } from '../offline/use-analytics-query'
import { InboxUsageTable } from './InboxUsageTable'
import { capacityToday } from './inbox-usage'

/** Inboxes read per page; the API's documented maximum. */
const PAGE_LIMIT = 100

/** The inbox view: each inbox's daily limit against what it sent today, its status and connection health. */
export function InboxUsageSection() {
  const inboxes = useAnalyticsQuery('senders.list', { page: 1, limit: PAGE_LIMIT })
  const rows = inboxes.data?.sender_accounts ?? []
  const total = inboxes.data?.pagination?.total ?? rows.length
  const capacity = capacityToday(rows)
  return (
    <section className="analytics-section" aria-labelledby="inbox-usage-heading">
      <h2 id="inbox-usage-heading">Sending today per inbox</h2>
      <p className="field-hint">The API reports today’s sends and the last connection check per inbox; it keeps no per-inbox history, so there is no chart over time here.</p>
      <QueryStates query={inboxes} loading="Loading inboxes…" isEmpty={rows.length === 0} empty={<p className="empty-state__title">No inboxes yet</p>} />
      {rows.length > 0 ? (
        <>
          <p>
            Today: <strong>{countText(capacity.sent)}</strong> sent of <strong>{countText(capacity.limit)}</strong> daily capacity across {capacity.reporting} reporting{' '}
            {capacity.reporting === 1 ? 'inbox' : 'inboxes'}.
          </p>
          <InboxUsageTable rows={rows} />
          {total > rows.length ? <p className="field-hint">Showing the first {rows.length} of {countText(total)} inboxes; the Inboxes screen lists them all.</p> : null}
        </>
      ) : null}
      <AnalyticsDataAge query={inboxes} />
    </section>
  )
}

import { TruncatedText } from '../../components/TruncatedText'
import { QueryDataAge } from '../../query/QueryDataAge'
import { QueryStates } from '../../query/QueryStates'
import { useApiQuery } from '../../query/use-api-query'
import { useDocumentTitle } from '../../routes/use-document-title'

const pct = (rate: number | null | undefined) => (typeof rate === 'number' ? `${(rate * 100).toFixed(1)} %` : '–')

/** Workspace numbers and one row per campaign (sent, opened, replied, bounced and their rates). */
export function AnalyticsScreen() {
  useDocumentTitle('Analytics')
  const stats = useApiQuery('analytics.campaigns', {})
  const kpis = stats.data?.workspace_kpis
  const rows = stats.data?.campaigns ?? []
  return (
    <div className="screen">
      <h1 id="analytics-heading" tabIndex={-1}>
        Analytics
      </h1>
      <QueryStates query={stats} loading="Loading analytics…" />
      {kpis ? (
        <dl className="kpis">
          <div><dt>Campaigns</dt><dd>{kpis.total_campaigns.toLocaleString()}</dd></div>
          <div><dt>Emails sent</dt><dd>{kpis.total_sends.toLocaleString()}</dd></div>
          <div><dt>Open rate</dt><dd>{pct(kpis.avg_open_rate)}</dd></div>
          <div><dt>Reply rate</dt><dd>{pct(kpis.avg_reply_rate)}</dd></div>
          <div><dt>Bounce rate</dt><dd>{pct(kpis.avg_bounce_rate)}</dd></div>
        </dl>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="analytics-heading">
            <colgroup>
              <col />
              <col style={{ width: '6rem' }} />
              <col style={{ width: '6rem' }} />
              <col style={{ width: '6.5rem' }} />
              <col style={{ width: '6.5rem' }} />
              <col style={{ width: '6.5rem' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col" className="num">Sent</th>
                <th scope="col" className="num">Opened</th>
                <th scope="col" className="num">Open rate</th>
                <th scope="col" className="num">Reply rate</th>
                <th scope="col" className="num">Bounce rate</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.campaign_id}>
                  <th scope="row">
                    <TruncatedText text={c.campaign_name ?? c.campaign_id} />
                  </th>
                  <td className="num">{c.total_sent.toLocaleString()}</td>
                  <td className="num">{c.total_opened.toLocaleString()}</td>
                  <td className="num">{pct(c.open_rate)}</td>
                  <td className="num">{pct(c.reply_rate)}</td>
                  <td className="num">{pct(c.bounce_rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <QueryDataAge query={stats} />
    </div>
  )
}

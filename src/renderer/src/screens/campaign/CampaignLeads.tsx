import { useState } from 'react'
import { QueryDataAge } from '../../query/QueryDataAge'
import { QueryStates } from '../../query/QueryStates'
import { useApiQuery } from '../../query/use-api-query'
import { TruncatedText } from '../../components/TruncatedText'

const PAGE_SIZE = 50

/** The first pages of a campaign's leads (email, name, company, status), paged through the API. */
export function CampaignLeads({ campaignId }: { campaignId: string }) {
  const [page, setPage] = useState(1)
  const leads = useApiQuery('leads.list', { campaign_id: campaignId, page, limit: PAGE_SIZE }, { keepPrevious: true })
  const rows = leads.data?.leads ?? []
  const pagination = leads.data?.pagination
  return (
    <section className="panel" aria-labelledby="campaign-leads-heading" aria-busy={leads.isFetching}>
      <h2 id="campaign-leads-heading">Leads</h2>
      <QueryStates query={leads} loading="Loading leads…" headingLevel={3} isEmpty={rows.length === 0} empty={<p className="empty-state__title">No leads yet.</p>} />
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="campaign-leads-heading">
            <colgroup>
              <col />
              <col style={{ width: '11rem' }} />
              <col style={{ width: '11rem' }} />
              <col style={{ width: '8rem' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((lead) => (
                <tr key={lead.lead_id}>
                  <th scope="row">
                    <TruncatedText text={lead.email} />
                  </th>
                  <td>
                    <TruncatedText text={[lead.first_name, lead.last_name].filter(Boolean).join(' ') || '–'} />
                  </td>
                  <td>
                    <TruncatedText text={lead.company ?? '–'} />
                  </td>
                  <td>{lead.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pagination && pagination.pages > 1 ? (
        <nav className="pagination" aria-label="Lead pages">
          <button type="button" aria-disabled={!pagination.has_prev} onClick={() => pagination.has_prev && setPage(page - 1)}>
            Previous
          </button>
          <span>
            Page {pagination.page} of {pagination.pages} · {pagination.total.toLocaleString()} leads
          </span>
          <button type="button" aria-disabled={!pagination.has_next} onClick={() => pagination.has_next && setPage(page + 1)}>
            Next
          </button>
        </nav>
      ) : null}
      <QueryDataAge query={leads} />
    </section>
  )
}

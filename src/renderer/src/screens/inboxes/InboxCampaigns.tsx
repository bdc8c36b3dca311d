import { Link } from 'react-router'
import { StatusBadge } from '../../components/StatusBadge'
import { paths } from '../../routes/paths'
import { useCampaignsUsingInbox } from './use-campaigns-using-inbox'

/** The campaigns that send from this inbox (status, link), or that none do, and how far the search went. */
export function InboxCampaigns({ inboxId }: { inboxId: string }) {
  const found = useCampaignsUsingInbox(inboxId)
  return (
    <section className="panel" aria-labelledby="inbox-campaigns-heading" aria-busy={found.loading}>
      <h2 id="inbox-campaigns-heading">Campaigns using this inbox</h2>
      {found.loading ? <p className="loading">Looking through your campaigns…</p> : null}
      {!found.loading && found.campaigns.length === 0 ? <p>No campaign sends from this inbox.</p> : null}
      {found.campaigns.length > 0 ? (
        <ul className="inbox-campaigns">
          {found.campaigns.map((c) => (
            <li key={c.campaign_id}>
              <Link to={paths.campaign(c.campaign_id)}>{c.name}</Link> <StatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      ) : null}
      {found.unchecked > 0 ? <p className="field-hint">{found.unchecked} older or finished campaigns were not checked.</p> : null}
    </section>
  )
}

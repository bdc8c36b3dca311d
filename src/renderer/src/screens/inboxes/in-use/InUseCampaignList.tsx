import { Link } from 'react-router'
import { StatusBadge } from '../../../components/StatusBadge'
import { paths } from '../../../routes/paths'
import type { RemovalPlan } from './removal-plan'

/**
 * The campaigns holding the inbox, each with a link, its status and what the flow will do to it (the
 * plan sentence), or why it cannot lose the inbox with a way to open it and fix that there.
 */
export function InUseCampaignList({ plan }: { plan: RemovalPlan }) {
  return (
    <ul className="in-use-campaigns" aria-label="Campaigns using this inbox">
      {plan.planned.map(({ campaign, sentence }) => (
        <li key={campaign.campaign_id}>
          <span className="in-use-campaigns__name">
            <Link to={paths.campaign(campaign.campaign_id)}>{campaign.name}</Link> <StatusBadge status={campaign.status} />
          </span>
          <span>{sentence}</span>
        </li>
      ))}
      {plan.blocked.map(({ campaign, explanation }) => (
        <li key={campaign.campaign_id} className="in-use-campaigns__blocked">
          <span className="in-use-campaigns__name">
            <Link to={paths.campaign(campaign.campaign_id)}>{campaign.name}</Link> <StatusBadge status={campaign.status} />
          </span>
          <span>
            <strong>Cannot be changed here:</strong> {explanation}{' '}
            <Link to={paths.campaign(campaign.campaign_id)}>Open {campaign.name}</Link>
          </span>
        </li>
      ))}
    </ul>
  )
}

import { Link, useParams } from 'react-router'
import type { AppError } from '../../../../shared/contract/app-error'
import { SectionTabs } from '../../components/SectionTabs'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { QueryDataAge } from '../../query/QueryDataAge'
import { useApiQuery } from '../../query/use-api-query'
import { CAMPAIGN_SECTIONS, paths, type CampaignSection } from '../../routes/paths'
import { NotFoundScreen } from '../../routes/NotFoundScreen'
import { useDocumentTitle } from '../../routes/use-document-title'
import { useProfilesStore } from '../../stores/profiles-store'
import { CampaignAnalyticsSection } from '../analytics/campaign-detail/CampaignAnalyticsSection'
import { CampaignStats } from './CampaignStats'
import { CampaignEditor } from './editor/CampaignEditor'
import { CampaignStatusActions } from './editor/CampaignStatusActions'
import { CampaignLeadsSection } from './leads/CampaignLeadsSection'
import './campaign.css'

/** An id the API does not know (or cannot be an id at all): the address points at nothing. */
function isMissing(error: AppError): boolean {
  return error.kind === 'not_found' || (error.kind === 'validation' && error.issues.some((i) => i.path === 'campaign_id'))
}

function CampaignNotFound() {
  return (
    <div className="screen">
      <h1 tabIndex={-1}>Campaign not found</h1>
      <p>No campaign of this account has this address. It may have been deleted, or the link belongs to another account or profile.</p>
      <p>
        <Link to={paths.campaigns()}>Back to Campaigns</Link>
      </p>
    </div>
  )
}

const SECTION_LABELS: Record<CampaignSection, string> = { overview: 'Campaign', leads: 'Leads' }

/** One campaign's page (`#/campaigns/:id` and its sections): loads it once through the cache, titles the window. */
export function CampaignScreen() {
  const { id = '', section = 'overview' } = useParams()
  const known = (CAMPAIGN_SECTIONS as readonly string[]).includes(section)
  const campaign = useApiQuery('campaigns.get', { campaign_id: id }, { enabled: known })
  const profileId = useProfilesStore((s) => s.activeId) ?? 'none'
  const name = campaign.data?.name ?? null
  const missing = campaign.error && !campaign.data && isMissing(campaign.error)
  useDocumentTitle(known && section !== 'overview' && !missing ? SECTION_LABELS[section as CampaignSection] : null, missing ? 'Campaign not found' : (name ?? (campaign.isPending ? 'Loading…' : 'Campaign')), 'Campaigns')
  if (!known) return <NotFoundScreen />
  if (campaign.error && !campaign.data && isMissing(campaign.error)) return <CampaignNotFound />

  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={paths.campaigns()}>Campaigns</Link>
      </p>
      <h1 tabIndex={-1}>{name ?? (campaign.isPending ? 'Loading campaign…' : 'Campaign')}</h1>
      {campaign.error && !campaign.data ? <ErrorNotice error={campaign.error} onRetry={() => void campaign.refetch()} /> : null}
      {campaign.data ? (
        <>
          <CampaignStatusActions campaign={campaign.data} />
          <CampaignStats campaign={campaign.data} />
          <CampaignAnalyticsSection campaign={campaign.data} />
          <SectionTabs
            label="Campaign sections"
            sections={CAMPAIGN_SECTIONS.map((s) => ({ to: paths.campaign(id, s), label: SECTION_LABELS[s] }))}
          />
          {section === 'leads' ? (
            <CampaignLeadsSection campaignId={id} />
          ) : (
            <CampaignEditor key={`${profileId}:${id}`} campaign={campaign.data} profileId={profileId} />
          )}
          <QueryDataAge query={campaign} />
        </>
      ) : null}
    </div>
  )
}

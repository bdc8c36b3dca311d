import { Link, useParams } from 'react-router'
import { SectionTabs } from '../../components/SectionTabs'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { DataAge } from '../../query/DataAge'
import { useApiQuery } from '../../query/use-api-query'
import { CAMPAIGN_SECTIONS, paths, type CampaignSection } from '../../routes/paths'
import { NotFoundScreen } from '../../routes/NotFoundScreen'
import { useDocumentTitle } from '../../routes/use-document-title'
import { CampaignLeads } from './CampaignLeads'
import { CampaignOverview } from './CampaignOverview'

const SECTION_LABELS: Record<CampaignSection, string> = { overview: 'Overview', leads: 'Leads' }

/** One campaign's page (`#/campaigns/:id` and its sections): loads it once through the cache, titles the window. */
export function CampaignScreen() {
  const { id = '', section = 'overview' } = useParams()
  const known = (CAMPAIGN_SECTIONS as readonly string[]).includes(section)
  const campaign = useApiQuery('campaigns.get', { campaign_id: id }, { enabled: known })
  const name = campaign.data?.name ?? null
  useDocumentTitle(known && section !== 'overview' ? SECTION_LABELS[section as CampaignSection] : null, name ?? (campaign.isPending ? 'Loading…' : 'Campaign'), 'Campaigns')
  if (!known) return <NotFoundScreen />

  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={paths.campaigns()}>Campaigns</Link>
      </p>
      <h1 tabIndex={-1}>{name ?? (campaign.isPending ? 'Loading campaign…' : 'Campaign')}</h1>
      {campaign.error && !campaign.data ? <ErrorNotice error={campaign.error} onRetry={() => void campaign.refetch()} /> : null}
      {campaign.data ? (
        <>
          <SectionTabs
            label="Campaign sections"
            sections={CAMPAIGN_SECTIONS.map((s) => ({ to: paths.campaign(id, s), label: SECTION_LABELS[s] }))}
          />
          {section === 'leads' ? <CampaignLeads campaignId={id} /> : <CampaignOverview campaign={campaign.data} />}
          <DataAge
            dataUpdatedAt={campaign.dataUpdatedAt}
            isFetching={campaign.isFetching && !campaign.isPending}
            error={campaign.isError ? campaign.error : null}
            onRetry={() => void campaign.refetch()}
          />
        </>
      ) : null}
    </div>
  )
}

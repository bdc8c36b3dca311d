import { useParams } from 'react-router'
import { SectionTabs } from '../../components/SectionTabs'
import { NotFoundScreen } from '../../routes/NotFoundScreen'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { useAnalyticsParams } from './analytics-params'
import { CampaignsSection } from './campaigns/CampaignsSection'
import { KpiSection } from './campaigns/KpiSection'
import { InboxUsageSection } from './inboxes/InboxUsageSection'
import { TimelineSection } from './timeline/TimelineSection'
import './analytics.css'

/** The analytics dashboard (`#/analytics`: KPIs, daily chart, campaign table) and its Inboxes view (`#/analytics/inboxes`). */
export function AnalyticsScreen() {
  const { section = 'overview' } = useParams()
  const { state, update } = useAnalyticsParams()
  const known = section === 'overview' || section === 'inboxes'
  useDocumentTitle(known && section === 'inboxes' ? 'Inboxes' : null, 'Analytics')
  if (!known) return <NotFoundScreen />
  return (
    <div className="screen analytics">
      <h1 tabIndex={-1}>Analytics</h1>
      <SectionTabs
        label="Analytics views"
        sections={[
          { to: paths.analytics(), label: 'Campaigns' },
          { to: paths.analyticsInboxes(), label: 'Inboxes' }
        ]}
      />
      {section === 'inboxes' ? (
        <InboxUsageSection />
      ) : (
        <>
          <KpiSection />
          <TimelineSection state={state} update={update} />
          <CampaignsSection state={state} update={update} />
        </>
      )}
    </div>
  )
}

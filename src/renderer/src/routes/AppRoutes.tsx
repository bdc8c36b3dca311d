import { Navigate, Route, Routes } from 'react-router'
import { AnalyticsScreen } from '../screens/analytics/AnalyticsScreen'
import { CampaignScreen } from '../screens/campaign/CampaignScreen'
import { CampaignsScreen } from '../screens/campaigns/CampaignsScreen'
import { ErrorRecordScreen } from '../screens/errors/ErrorRecordScreen'
import { ErrorsScreen } from '../screens/errors/ErrorsScreen'
import { InboxesScreen } from '../screens/inboxes/InboxesScreen'
import { InboxScreen } from '../screens/inboxes/InboxScreen'
import { NewInboxScreen } from '../screens/inboxes/NewInboxScreen'
import { ImportInboxesScreen } from '../screens/inboxes/import/ImportInboxesScreen'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { NotFoundScreen } from './NotFoundScreen'
import { paths } from './paths'
import { RequireProfile } from './RequireProfile'

/** Every screen and entity at its hash URL; data screens wait for an active profile, the error log and Settings never do. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={paths.campaigns()} replace />} />
      <Route path="/campaigns" element={<RequireProfile title="Campaigns"><CampaignsScreen /></RequireProfile>} />
      <Route path="/campaigns/:id" element={<RequireProfile title="Campaign"><CampaignScreen /></RequireProfile>} />
      <Route path="/campaigns/:id/:section" element={<RequireProfile title="Campaign"><CampaignScreen /></RequireProfile>} />
      <Route path="/inboxes" element={<RequireProfile title="Inboxes"><InboxesScreen /></RequireProfile>} />
      <Route path="/inboxes/new" element={<RequireProfile title="Add inbox"><NewInboxScreen /></RequireProfile>} />
      <Route path="/inboxes/import" element={<RequireProfile title="Import inboxes"><ImportInboxesScreen /></RequireProfile>} />
      <Route path="/inboxes/:id" element={<RequireProfile title="Inbox"><InboxScreen /></RequireProfile>} />
      <Route path="/errors" element={<ErrorsScreen />} />
      <Route path="/errors/:id" element={<ErrorRecordScreen />} />
      <Route path="/analytics" element={<RequireProfile title="Analytics"><AnalyticsScreen /></RequireProfile>} />
      <Route path="/analytics/:section" element={<RequireProfile title="Analytics"><AnalyticsScreen /></RequireProfile>} />
      <Route path="/settings" element={<SettingsScreen />} />
      <Route path="*" element={<NotFoundScreen />} />
    </Routes>
  )
}

import { Suspense } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { CampaignsScreen } from '../screens/campaigns/CampaignsScreen'
import {
  AnalyticsScreen,
  CampaignScreen,
  ErrorRecordScreen,
  ErrorsScreen,
  ImportInboxesScreen,
  InboxesScreen,
  InboxScreen,
  NewInboxScreen,
  SettingsScreen
} from './lazy-screens'
import { NotFoundScreen } from './NotFoundScreen'
import { paths } from './paths'
import { RequireProfile } from './RequireProfile'

/**
 * Every screen and entity at its hash URL; data screens wait for an active profile, the error log and
 * Settings never do. Screens past the first load on their first visit ("Loading…" meanwhile).
 */
export function AppRoutes() {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
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
    </Suspense>
  )
}

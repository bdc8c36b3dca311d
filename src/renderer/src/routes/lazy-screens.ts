import { lazy } from 'react'

// Every screen but the first one an operator sees (the campaign list) is its own chunk, fetched on the
// first visit: the start-up bundle carries only what the first screen needs (issue 14's 250 KB budget).

/** The campaign page (editor, leads, preview with liquidjs). */
export const CampaignScreen = lazy(() => import('../screens/campaign/CampaignScreen').then((m) => ({ default: m.CampaignScreen })))
/** The inbox list. */
export const InboxesScreen = lazy(() => import('../screens/inboxes/InboxesScreen').then((m) => ({ default: m.InboxesScreen })))
/** The SMTP/IMAP wizard. */
export const NewInboxScreen = lazy(() => import('../screens/inboxes/NewInboxScreen').then((m) => ({ default: m.NewInboxScreen })))
/** Bulk inbox import. */
export const ImportInboxesScreen = lazy(() => import('../screens/inboxes/import/ImportInboxesScreen').then((m) => ({ default: m.ImportInboxesScreen })))
/** One inbox. */
export const InboxScreen = lazy(() => import('../screens/inboxes/InboxScreen').then((m) => ({ default: m.InboxScreen })))
/** The error log viewer. */
export const ErrorsScreen = lazy(() => import('../screens/errors/ErrorsScreen').then((m) => ({ default: m.ErrorsScreen })))
/** One error record. */
export const ErrorRecordScreen = lazy(() => import('../screens/errors/ErrorRecordScreen').then((m) => ({ default: m.ErrorRecordScreen })))
/** Analytics (uPlot loads later still, with the first chart). */
export const AnalyticsScreen = lazy(() => import('../screens/analytics/AnalyticsScreen').then((m) => ({ default: m.AnalyticsScreen })))
/** Settings and connection profiles. */
export const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })))

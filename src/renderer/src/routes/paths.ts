/** The sections of one campaign's page, each with its own URL (`#/campaigns/:id/:section`). */
export const CAMPAIGN_SECTIONS = ['overview', 'leads'] as const
/** One campaign section. */
export type CampaignSection = (typeof CAMPAIGN_SECTIONS)[number]

/** URL builders for every screen and entity, so links and tests never spell a hash route by hand. */
export const paths = {
  campaigns: () => '/campaigns',
  newCampaign: () => '/campaigns?new=1',
  campaign: (id: string, section?: CampaignSection) =>
    `/campaigns/${encodeURIComponent(id)}${section && section !== 'overview' ? `/${section}` : ''}`,
  inboxes: () => '/inboxes',
  newInbox: () => '/inboxes/new',
  importInboxes: () => '/inboxes/import',
  inbox: (id: string) => `/inboxes/${encodeURIComponent(id)}`,
  errors: () => '/errors',
  error: (id: string) => `/errors/${encodeURIComponent(id)}`,
  analytics: () => '/analytics',
  analyticsInboxes: () => '/analytics/inboxes',
  settings: () => '/settings'
} as const

/** The screens in the main navigation, in order; the palette and the sidebar both list these. */
export const NAV_SCREENS = [
  { to: paths.campaigns(), label: 'Campaigns' },
  { to: paths.inboxes(), label: 'Inboxes' },
  { to: paths.errors(), label: 'Error log' },
  { to: paths.analytics(), label: 'Analytics' },
  { to: paths.settings(), label: 'Settings' }
] as const

import type { AppError } from '../../../src/shared/contract/app-error'
import type { CampaignDetail, CampaignListOutput, CampaignSummary } from '../../../src/shared/contract/campaigns'
import type { ProfileList, ProfileView, SecretStorageStatus } from '../../../src/shared/contract/profiles'

/** Fields every AppError carries. */
export const errorBase = {
  message: 'Something failed.',
  operation: 'campaigns.list',
  timestamp: '2025-01-15T10:30:00.000Z',
  retryable: false,
  status: 500,
  requestId: 'req-123'
} as const

/** An internal error envelope body, for unstubbed calls. */
export function internalError(operation: string, message: string): AppError {
  return { ...errorBase, kind: 'internal', operation, message, guidance: 'report-bug' }
}

/** A storage status; secure keyring unless overridden. */
export function storageStatus(overrides: Partial<SecretStorageStatus> = {}): SecretStorageStatus {
  return { backend: 'keyring', secure: true, weakerAvailable: false, weakerAllowed: false, note: 'Keys go to the OS keyring.', ...overrides }
}

/** A user profile with a stored key ending 1234, unless overridden. */
export function profile(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 'p1',
    name: 'Production',
    baseUrl: 'https://api.coldsend.pro/api/public/v1',
    kind: 'user',
    key: { configured: true, last4: '1234', backend: 'keyring' },
    active: true,
    scopesSeen: [],
    ...overrides
  }
}

/** A profile list; the active one is the first unless named. */
export function profileList(profiles: ProfileView[], activeId: string | null = profiles[0]?.id ?? null): ProfileList {
  return { profiles: profiles.map((p) => ({ ...p, active: p.id === activeId })), activeId, storage: storageStatus(), sandboxRestorable: false }
}

/** One campaign row. */
export function campaign(n: number, overrides: Partial<CampaignSummary> = {}): CampaignSummary {
  return {
    campaign_id: `c-${n}`,
    name: `Campaign number ${n}`,
    status: 'DRAFT',
    created_at: '2025-01-15T10:30:00Z',
    launched_at: null,
    total_leads: n,
    sent_count: 0,
    reply_count: 0,
    open_count: 0,
    bounce_count: 0,
    unsubscribe_count: 0,
    ...overrides
  }
}

/** A page of campaigns with consistent pagination. */
export function campaignPage(items: CampaignSummary[], page = 1, total = items.length, limit = 20): CampaignListOutput {
  const pages = Math.max(1, Math.ceil(total / limit))
  return { campaigns: items, pagination: { page, limit, total, pages, has_next: page < pages, has_prev: page > 1 } }
}

/** A DRAFT campaign's detail as the API returns it (no variants, inboxes or leads), unless overridden. */
export function campaignDetail(overrides: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    campaign_id: '11111111-1111-4111-8111-111111111111',
    name: 'Spring outreach',
    status: 'DRAFT',
    created_at: '2026-01-01T00:00:00Z',
    launched_at: null,
    total_leads: 0,
    sent_count: 0,
    reply_count: 0,
    open_count: 0,
    bounce_count: 0,
    unsubscribe_count: 0,
    timezone: 'Europe/Zurich',
    sending_window_start: 8,
    sending_window_start_minute: 30,
    sending_window_end: 17,
    sending_window_end_minute: 0,
    variants: [],
    sequences: [],
    inboxes: [],
    updated_at: '2026-01-02T00:00:00Z',
    ...overrides
  }
}

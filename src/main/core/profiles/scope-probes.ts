import type { ApiBinding } from '../../../shared/contract/operations'
import type { ConsoleScope } from '../../../shared/scope-features'

/**
 * The nil UUID: syntactically valid, never the id of anything (ColdSend mints random v4 ids), so a
 * request naming it finds nothing to change: 404 when the key has the scope, 403 when it has not.
 */
export const NOTHING_ID = '00000000-0000-0000-0000-000000000000'

/** One harmless request guarded by one scope, and why it cannot change anything. */
export interface ScopeProbe {
  scope: Exclude<ConsoleScope, 'campaigns:read'>
  binding: ApiBinding
  input: Record<string, unknown>
  /** Why the request cannot create, change or delete anything even when the key has the scope. */
  harmless: string
}

const probe = (scope: ScopeProbe['scope'], method: ApiBinding['method'], path: string, input: Record<string, unknown>, harmless: string): ScopeProbe =>
  ({ scope, binding: { method, path, scope }, input, harmless })

/**
 * The scope probe behind "Test connection", after `GET /campaigns?limit=1` (campaigns:read) succeeded.
 * ColdSend has no endpoint that lists a key's scopes, but every 403 carries `granted`: the full list. So
 * the test sends these requests in order and stops at the first 403 — one 403 tells everything. A key
 * with every scope answers none with 403: that costs 1 + 11 = 12 requests (the documented pool is 100 a
 * minute); a key lacking a write scope typically stops after 2.
 *
 * None of them can change anything, whether the key has the scope or not, and on both servers: every
 * target is the nil UUID (which never exists), and every body is one that can never validate (several
 * independently invalid fields), so each request stops at the scope check (403), the body check (422)
 * or the lookup (404). The sandbox checks the scope before the body and the lookup (gate first); the
 * order of checks on the real API is not documented, which is why each probe is doubly harmless.
 * Order: writes first (the scopes narrow keys lack most), reads of other resources last.
 */
export const SCOPE_PROBES: readonly ScopeProbe[] = [
  probe('campaigns:create', 'POST', '/campaigns', { name: '', daily_limit_per_inbox: 0, sending_days: [], sending_window_start: -1 },
    'the body breaks four documented limits (name length, daily limit ≥ 1, 1–7 sending days, window start 0–23)'),
  probe('campaigns:update', 'PUT', '/campaigns/{campaign_id}', { campaign_id: NOTHING_ID, daily_limit_per_inbox: 0, sending_days: [] },
    'no campaign has the nil id, and the body breaks two documented limits'),
  probe('campaigns:delete', 'DELETE', '/campaigns/{campaign_id}', { campaign_id: NOTHING_ID }, 'no campaign has the nil id'),
  probe('campaigns:pause', 'POST', '/campaigns/{campaign_id}/pause', { campaign_id: NOTHING_ID }, 'no campaign has the nil id'),
  probe('campaigns:activate', 'POST', '/campaigns/{campaign_id}/activate', { campaign_id: NOTHING_ID }, 'no campaign has the nil id'),
  probe('leads:create', 'POST', '/campaigns/{campaign_id}/leads/manual', { campaign_id: NOTHING_ID, email: '' },
    'no campaign has the nil id, and an empty email is never a valid lead'),
  probe('leads:delete', 'DELETE', '/campaigns/{campaign_id}/leads/{lead_id}', { campaign_id: NOTHING_ID, lead_id: NOTHING_ID }, 'no campaign or lead has the nil id'),
  probe('sender_accounts:create', 'POST', '/sender-accounts/smtp', { email_address: '', daily_limit: 0 },
    'the body lacks every required inbox field, so nothing is validated, connected to or stored'),
  probe('sender_accounts:delete', 'DELETE', '/sender-accounts/{inbox_id}', { inbox_id: NOTHING_ID }, 'no inbox has the nil id'),
  probe('leads:read', 'GET', '/campaigns/{campaign_id}/leads', { campaign_id: NOTHING_ID, limit: 1 }, 'a read'),
  probe('sender_accounts:read', 'GET', '/sender-accounts/{inbox_id}', { inbox_id: NOTHING_ID }, 'a read')
]

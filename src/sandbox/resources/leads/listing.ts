import { invented } from '../../wording'
import { LEAD_STATUSES, type LeadRecord } from './record'
import { type Pagination, paginate } from '../../http/paginate'

/** L5 query after type validation. */
export interface LeadListQuery {
  page: number
  limit: number
  status: string | null
  search: string | null
}

/** One page of leads, or why the query cannot be served (400 with a string detail). */
export type LeadPage = { ok: true; rows: LeadRecord[]; pagination: Pagination } | { ok: false; problem: string }

// Empty strings count as "not given", as `if status:` would in the Python handler.
const given = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v.trim())

// Filters (status, case-insensitive; search in email, names and company) and pages a campaign's leads, oldest first.
export function pageLeads(leads: readonly LeadRecord[], q: LeadListQuery): LeadPage {
  const status = given(q.status)?.toUpperCase() ?? null
  if (status !== null && !(LEAD_STATUSES as readonly string[]).includes(status)) {
    return { ok: false, problem: invented.invalidLeadStatus(q.status ?? '', LEAD_STATUSES) }
  }
  const search = given(q.search)?.toLowerCase() ?? null
  const rows = leads.filter(
    (l) =>
      (status === null || l.status === status) &&
      (search === null || [l.email, l.first_name, l.last_name, l.company].some((v) => v?.toLowerCase().includes(search)))
  )
  return { ok: true, ...paginate(rows, q.page, q.limit) }
}

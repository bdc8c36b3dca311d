import type { SenderAccountRecord } from './record'
import { type Pagination, paginate } from '../../http/paginate'

/** S9 query after type validation. */
export interface SenderListQuery {
  page: number
  limit: number
  status: string | null
  inbox_type: string | null
  search: string | null
}

// Empty strings count as "not given", as `if status:` would in the Python handler.
const given = (v: string | null): string | null => (v === null || v === '' ? null : v)

// Newest first, then by id, so pages are stable.
function newestFirst(a: SenderAccountRecord, b: SenderAccountRecord): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1
  return a.inbox_id < b.inbox_id ? -1 : 1
}

// Filters (status and type case-insensitive, search in address and display name) and pages the inboxes.
export function pageInboxes(all: readonly SenderAccountRecord[], q: SenderListQuery): { rows: SenderAccountRecord[]; pagination: Pagination } {
  const status = given(q.status)?.toUpperCase() ?? null
  const type = given(q.inbox_type)?.toUpperCase() ?? null
  const search = given(q.search)?.toLowerCase() ?? null
  const rows = all.filter(
    (a) =>
      (status === null || a.overall_status.toUpperCase() === status) &&
      (type === null || a.inbox_type.toUpperCase() === type) &&
      (search === null || a.email_address.toLowerCase().includes(search) || a.display_name.toLowerCase().includes(search))
  )
  rows.sort(newestFirst)
  return paginate(rows, q.page, q.limit)
}

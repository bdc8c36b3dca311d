import type { CampaignRecord } from '../../store/state'
import { invented } from '../../wording'
import { type Pagination, paginate } from '../../http/paginate'

/** Fields C1 can sort by (the docs do not list them; these are the sandbox's). */
export const CAMPAIGN_SORT_FIELDS = ['created_at', 'name', 'status', 'launched_at', 'sent_count', 'reply_count'] as const
type SortField = (typeof CAMPAIGN_SORT_FIELDS)[number]

/** C1 query after type validation. */
export interface CampaignListQuery {
  page: number
  limit: number
  status: string | null
  search: string | null
  sort_by: string | null
  sort_order: string | null
  days: number | null
}

/** One page of campaigns, or why the query cannot be served (a 400 with a string detail). */
export type CampaignPage = { ok: true; rows: CampaignRecord[]; pagination: Pagination } | { ok: false; problem: string }

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Compares two campaigns; `sequence` is each record's creation order (its position in the state). */
type Compare = (a: CampaignRecord, b: CampaignRecord) => number

// Oldest first by creation: `created_at` (whole seconds, as the API emits it), then creation order within
// the same second, so campaigns created in one second keep the order they were created in.
function byCreation(sequence: ReadonlyMap<CampaignRecord, number>): Compare {
  return (a, b) => {
    if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1
    return (sequence.get(a) ?? 0) - (sequence.get(b) ?? 0)
  }
}

function compareBy(field: SortField, creation: Compare): Compare {
  if (field === 'name') return (a, b) => collator.compare(a.name, b.name)
  if (field === 'created_at') return creation
  if (field === 'launched_at') return (a, b) => ((a.launched_at ?? '') < (b.launched_at ?? '') ? -1 : (a.launched_at ?? '') > (b.launched_at ?? '') ? 1 : 0)
  return (a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0)
}

// Empty strings count as "not given", as `if status:` would in the Python handler.
const given = (v: string | null): string | null => (v === null || v === '' ? null : v)

// Filters, sorts and pages campaigns for C1.
export function pageCampaigns(all: readonly CampaignRecord[], q: CampaignListQuery, now: Date): CampaignPage {
  const sortBy = (given(q.sort_by) ?? 'created_at').toLowerCase()
  if (!(CAMPAIGN_SORT_FIELDS as readonly string[]).includes(sortBy)) {
    return { ok: false, problem: invented.invalidSortBy(q.sort_by ?? '', CAMPAIGN_SORT_FIELDS) }
  }
  const order = (given(q.sort_order) ?? 'desc').toLowerCase()
  if (order !== 'asc' && order !== 'desc') return { ok: false, problem: invented.invalidSortOrder(q.sort_order ?? '') }

  const status = given(q.status)?.toUpperCase() ?? null
  const search = given(q.search)?.toLowerCase() ?? null
  const since = q.days === null ? null : new Date(now.getTime() - q.days * 86_400_000).toISOString()
  const rows = all.filter(
    (c) =>
      (status === null || c.status.toUpperCase() === status) &&
      (search === null || c.name.toLowerCase().includes(search)) &&
      (since === null || `${c.created_at.slice(0, 19)}.000Z` >= since)
  )
  // Records are appended when created, so the position in the state is the creation sequence (it survives restarts).
  const creation = byCreation(new Map(all.map((c, i) => [c, i])))
  const primary = compareBy(sortBy as SortField, creation)
  const sign = order === 'asc' ? 1 : -1
  // Equal sort keys: newest created first, so pages stay stable and deterministic.
  // Never-launched campaigns (launched_at null) come last in either direction.
  const unset = (c: CampaignRecord) => sortBy === 'launched_at' && c.launched_at === null
  rows.sort((a, b) => Number(unset(a)) - Number(unset(b)) || sign * primary(a, b) || -creation(a, b))

  return { ok: true, ...paginate(rows, q.page, q.limit) }
}

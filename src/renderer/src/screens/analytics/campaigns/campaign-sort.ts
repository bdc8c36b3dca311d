import type { CampaignAnalytics } from '../../../../../shared/contract/analytics'
import type { CampaignSortKey } from '../analytics-params'

// Missing numbers and names sort last whichever the direction, so they never crowd the top.
function compareValues(a: unknown, b: unknown): number | null {
  const absent = (v: unknown) => v === null || v === undefined || v === ''
  if (absent(a) && absent(b)) return 0
  if (absent(a) || absent(b)) return null
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true })
}

/** The campaign rows ordered by one column (ties keep the API's order, newest first); a new array. */
export function sortCampaigns(rows: readonly CampaignAnalytics[], key: CampaignSortKey, dir: 'asc' | 'desc'): CampaignAnalytics[] {
  const name = (r: CampaignAnalytics) => r.campaign_name ?? r.campaign_id
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = key === 'campaign_name' ? name(x.row) : x.row[key]
      const b = key === 'campaign_name' ? name(y.row) : y.row[key]
      const c = compareValues(a, b)
      if (c === null) return a === null || a === undefined || a === '' ? 1 : -1
      return (dir === 'asc' ? c : -c) || x.index - y.index
    })
    .map((x) => x.row)
}

/** The direction a header click picks: the other way on the current column, else names A→Z and numbers high→low first. */
export function nextSort(current: { sort: CampaignSortKey; dir: 'asc' | 'desc' }, clicked: CampaignSortKey): { sort: CampaignSortKey; dir: 'asc' | 'desc' } {
  if (current.sort === clicked) return { sort: clicked, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  return { sort: clicked, dir: clicked === 'campaign_name' || clicked === 'status' ? 'asc' : 'desc' }
}

import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { CAMPAIGN_STATUSES } from '../../../../shared/contract/campaigns'
import type { OpInput } from '../../../../shared/contract/operations'

/** One of the documented campaign statuses, used as the list filter. */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** The list orders the operator can pick, each one `sort_by` + `sort_order` of the API (default: newest first). */
export const CAMPAIGN_SORTS = {
  newest: { label: 'Newest first', sort_by: 'created_at', sort_order: 'desc' },
  oldest: { label: 'Oldest first', sort_by: 'created_at', sort_order: 'asc' },
  'name-asc': { label: 'Name A–Z', sort_by: 'name', sort_order: 'asc' },
  'name-desc': { label: 'Name Z–A', sort_by: 'name', sort_order: 'desc' },
  launched: { label: 'Recently launched', sort_by: 'launched_at', sort_order: 'desc' },
  sent: { label: 'Most sent', sort_by: 'sent_count', sort_order: 'desc' },
  replies: { label: 'Most replies', sort_by: 'reply_count', sort_order: 'desc' }
} as const satisfies Record<string, { label: string; sort_by: string; sort_order: 'asc' | 'desc' }>

/** One of the list orders. */
export type CampaignSort = keyof typeof CAMPAIGN_SORTS

/** What the list shows, read from the address (`#/campaigns?status=ACTIVE&q=spring&page=2`), so reload and Back keep it. */
export interface CampaignListParams {
  page: number
  status: CampaignStatus | null
  search: string
  sort: CampaignSort
}

/** Rows per page. */
export const CAMPAIGN_PAGE_SIZE = 20

/** Parses the list state from URL search params; anything malformed falls back to the default. */
export function readListParams(params: URLSearchParams): CampaignListParams {
  const page = Number(params.get('page'))
  const status = params.get('status')
  const sort = params.get('sort') ?? ''
  return {
    sort: sort in CAMPAIGN_SORTS ? (sort as CampaignSort) : 'newest',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    status: (CAMPAIGN_STATUSES as readonly string[]).includes(status ?? '') ? (status as CampaignStatus) : null,
    search: params.get('q') ?? ''
  }
}

/** The `campaigns.list` input for the list state: the chosen order, empty filters left out. */
export function listInput(state: CampaignListParams): OpInput<'campaigns.list'> {
  const { sort_by, sort_order } = CAMPAIGN_SORTS[state.sort]
  const input: OpInput<'campaigns.list'> = { page: state.page, limit: CAMPAIGN_PAGE_SIZE, sort_by, sort_order }
  if (state.status) input.status = state.status
  const search = state.search.trim()
  if (search) input.search = search
  return input
}

/** The list state plus setters that write the address (replacing the entry: filtering is not navigating). */
export function useCampaignListParams() {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => readListParams(params), [params])
  const update = useCallback(
    (patch: Partial<CampaignListParams>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          const merged = { ...readListParams(current), page: 1, ...patch }
          const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key))
          set('page', merged.page > 1 ? String(merged.page) : null)
          set('status', merged.status)
          set('q', merged.search.trim() ? merged.search : null)
          set('sort', merged.sort === 'newest' ? null : merged.sort)
          return next
        },
        { replace: true }
      ),
    [setParams]
  )
  return { state, update, params, setParams }
}

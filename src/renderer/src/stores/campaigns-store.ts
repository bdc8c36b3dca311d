import { create } from 'zustand'
import type { AppError } from '../../../shared/contract/app-error'
import type { CAMPAIGN_STATUSES, CampaignSummary, Pagination } from '../../../shared/contract/campaigns'

/** One of the documented campaign statuses, used as the list filter. */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** What the list asks the API for. */
export interface CampaignQuery {
  page: number
  limit: number
  status: CampaignStatus | null
  search: string
}

interface CampaignsState extends CampaignQuery {
  items: CampaignSummary[]
  pagination: Pagination | null
  loading: boolean
  /** True once a list answer (success) has been shown, to tell "empty" from "not loaded yet". */
  loaded: boolean
  error: AppError | null
  /** Bumped per request so a slow, stale answer never overwrites a newer one. */
  seq: number
  /** Bumped when filters are reset from outside the toolbar, so its local text follows. */
  filtersEpoch: number
  setQuery(patch: Partial<CampaignQuery>): void
  clearFilters(): void
  beginLoad(): number
  finishLoad(seq: number, page: { items: CampaignSummary[]; pagination: Pagination }): void
  failLoad(seq: number, error: AppError): void
  reset(): void
}

const initial = {
  page: 1,
  limit: 20,
  status: null,
  search: '',
  items: [],
  pagination: null,
  loading: false,
  loaded: false,
  error: null,
  seq: 0,
  filtersEpoch: 0
}

/** The Campaigns list: query (page, limit, status, search) plus the last answer and its state. */
export const useCampaignsStore = create<CampaignsState>()((set, get) => ({
  ...initial,
  setQuery: (patch) => set(patch),
  clearFilters: () => set({ page: 1, status: null, search: '', filtersEpoch: get().filtersEpoch + 1 }),
  beginLoad: () => {
    const seq = get().seq + 1
    set({ seq, loading: true, error: null })
    return seq
  },
  finishLoad: (seq, page) => {
    if (seq !== get().seq) return
    set({ items: page.items, pagination: page.pagination, loading: false, loaded: true, error: null })
  },
  failLoad: (seq, error) => {
    if (seq !== get().seq) return
    set({ loading: false, error })
  },
  reset: () => set(initial)
}))

import type { ColdsendFacade } from '../../../shared/contract/facade'
import type { OpInput } from '../../../shared/contract/operations'
import { useCampaignsStore, type CampaignQuery, type CampaignStatus } from './campaigns-store'
import { useProfilesStore } from './profiles-store'

const store = () => useCampaignsStore.getState()

/** The `campaigns.list` input for a query: newest first, empty filters left out. */
export function listInput(query: CampaignQuery): OpInput<'campaigns.list'> {
  const input: OpInput<'campaigns.list'> = { page: query.page, limit: query.limit, sort_by: 'created_at', sort_order: 'desc' }
  if (query.status) input.status = query.status
  const search = query.search.trim()
  if (search) input.search = search
  return input
}

/** Fetches the current page; an older answer arriving late is ignored. */
export async function loadCampaigns(facade: ColdsendFacade): Promise<void> {
  const seq = store().beginLoad()
  const { page, limit, status, search } = store()
  const result = await facade.campaigns.list(listInput({ page, limit, status, search }))
  if (result.ok) store().finishLoad(seq, { items: result.value.campaigns, pagination: result.value.pagination })
  else store().failLoad(seq, result.error)
}

/** Goes to a page (clamped to 1) and loads it. */
export function goToPage(facade: ColdsendFacade, page: number): Promise<void> {
  store().setQuery({ page: Math.max(1, Math.floor(page)) })
  return loadCampaigns(facade)
}

/** Filters by status (null = all) from page 1. */
export function filterByStatus(facade: ColdsendFacade, status: CampaignStatus | null): Promise<void> {
  store().setQuery({ status, page: 1 })
  return loadCampaigns(facade)
}

/** Searches by name from page 1 (the toolbar debounces before calling this). */
export function searchCampaigns(facade: ColdsendFacade, search: string): Promise<void> {
  store().setQuery({ search, page: 1 })
  return loadCampaigns(facade)
}

/** After a create: clear filters and show page 1, where the newest campaign is. */
export function showNewest(facade: ColdsendFacade): Promise<void> {
  store().clearFilters()
  return loadCampaigns(facade)
}

/** Reloads from page 1 whenever the active profile changes: another account, another list. */
export function followActiveProfile(facade: ColdsendFacade): () => void {
  return useProfilesStore.subscribe((state, previous) => {
    if (state.activeId === previous.activeId) return
    store().setQuery({ page: 1 })
    useCampaignsStore.setState({ items: [], pagination: null, loaded: false })
    if (state.activeId) void loadCampaigns(facade)
  })
}

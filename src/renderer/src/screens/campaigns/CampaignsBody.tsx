import type { ReactNode } from 'react'
import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { CampaignsTable } from './CampaignsTable'

/** Props: the rows and which of the loading / empty / filtered-empty states applies. */
export interface CampaignsBodyProps {
  items: readonly CampaignSummary[]
  loading: boolean
  loaded: boolean
  filtered: boolean
  onCreate: () => void
  onClearFilters: () => void
  renderActions?: (campaign: CampaignSummary) => ReactNode
}

/** Chooses between "Loading campaigns…", the empty states and the table (dimmed while a page loads). */
export function CampaignsBody({ items, loading, loaded, filtered, onCreate, onClearFilters, renderActions }: CampaignsBodyProps) {
  if (items.length > 0) {
    return (
      <div className={loading ? 'table-wrap table-wrap--loading' : 'table-wrap'}>
        <CampaignsTable items={items} labelledBy="campaigns-heading" {...(renderActions ? { renderActions } : {})} />
      </div>
    )
  }
  if (loading || !loaded) {
    return (
      <p className="loading" role="status">
        Loading campaigns…
      </p>
    )
  }
  if (filtered) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">No campaigns match these filters</p>
        <button type="button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    )
  }
  return (
    <div className="empty-state">
      <p className="empty-state__title">No campaigns yet</p>
      <p>Create a campaign to start; it stays a draft until you add leads, inboxes and emails.</p>
      <button type="button" className="primary" onClick={onCreate}>
        Create your first campaign
      </button>
    </div>
  )
}

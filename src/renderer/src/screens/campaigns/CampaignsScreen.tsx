import { useCallback, useEffect, useState } from 'react'
import type { CampaignCreated, CampaignSummary } from '../../../../shared/contract/campaigns'
import { useFacade } from '../../bridge/facade-context'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import {
  filterByStatus,
  followActiveProfile,
  goToPage,
  loadCampaigns,
  searchCampaigns,
  showNewest
} from '../../stores/campaigns-actions'
import { useCampaignsStore, type CampaignStatus } from '../../stores/campaigns-store'
import { CampaignsBody } from './CampaignsBody'
import { CampaignsPagination } from './CampaignsPagination'
import { CampaignsToolbar } from './CampaignsToolbar'
import { NewCampaignForm } from './NewCampaignForm'
import { UploadLeadsForm } from './upload/UploadLeadsForm'

const CONFIRMATION_MS = 8_000

/**
 * The Campaigns screen: filters, the paged table with its loading / empty / error states, and the
 * New campaign dialog; a successful create closes it, confirms, and reloads the newest page.
 */
export function CampaignsScreen() {
  const facade = useFacade()
  const state = useCampaignsStore()
  const [creating, setCreating] = useState(false)
  const [uploadingTo, setUploadingTo] = useState<CampaignSummary | null>(null)
  const [confirmation, setConfirmation] = useState<{ text: string; n: number } | null>(null)

  useEffect(() => {
    void loadCampaigns(facade)
    return followActiveProfile(facade)
  }, [facade])

  useEffect(() => {
    if (!confirmation) return
    const timer = setTimeout(() => setConfirmation(null), CONFIRMATION_MS)
    return () => clearTimeout(timer)
  }, [confirmation])

  const onSearch = useCallback((search: string) => void searchCampaigns(facade, search), [facade])
  const onStatus = useCallback((status: CampaignStatus | null) => void filterByStatus(facade, status), [facade])
  const retry = () => void loadCampaigns(facade)
  const onCreated = (created: CampaignCreated) => {
    setCreating(false)
    setConfirmation((previous) => ({ text: `Campaign “${created.name}” created`, n: (previous?.n ?? 0) + 1 }))
    void showNewest(facade)
  }
  const filtered = state.status !== null || state.search.trim() !== ''

  return (
    <div className="screen">
      <div className="screen__header">
        <h1 id="campaigns-heading" tabIndex={-1}>
          Campaigns
        </h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New campaign
        </button>
      </div>
      <p className="confirmation" role="status">
        {confirmation?.text ?? ''}
      </p>
      <CampaignsToolbar
        key={state.filtersEpoch}
        status={state.status}
        search={state.search}
        onStatus={onStatus}
        onSearch={onSearch}
      />
      <div className="list-region" aria-busy={state.loading}>
        {state.error ? (
          <ErrorNotice error={state.error} onRetry={retry} />
        ) : (
          <CampaignsBody
            items={state.items}
            loading={state.loading}
            loaded={state.loaded}
            filtered={filtered}
            onCreate={() => setCreating(true)}
            onClearFilters={() => void showNewest(facade)}
            onUploadLeads={setUploadingTo}
          />
        )}
      </div>
      {state.pagination && state.items.length > 0 && !state.error ? (
        <CampaignsPagination
          pagination={state.pagination}
          disabled={state.loading}
          onPage={(page) => void goToPage(facade, page)}
        />
      ) : null}
      {uploadingTo ? (
        <Dialog title={`Upload leads to “${uploadingTo.name}”`} onClose={() => setUploadingTo(null)}>
          <UploadLeadsForm campaignId={uploadingTo.campaign_id} onClose={() => setUploadingTo(null)} onImported={retry} />
        </Dialog>
      ) : null}
      {creating ? (
        <Dialog title="New campaign" onClose={() => setCreating(false)}>
          <NewCampaignForm
            onCreated={onCreated}
            onCancel={() => setCreating(false)}
            onMaybeCreated={() => void loadCampaigns(facade)}
          />
        </Dialog>
      ) : null}
    </div>
  )
}

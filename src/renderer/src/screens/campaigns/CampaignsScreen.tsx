import { Suspense, useCallback, useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import type { CampaignCreated, CampaignSummary } from '../../../../shared/contract/campaigns'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { QueryDataAge } from '../../query/QueryDataAge'
import { useApiQuery } from '../../query/use-api-query'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { notify } from '../../toasts/toasts-store'
import { CampaignRowActions } from './CampaignRowActions'
import { CampaignsBody } from './CampaignsBody'
import { CampaignsPagination } from './CampaignsPagination'
import { CampaignsToolbar } from './CampaignsToolbar'
import { NewCampaignForm, UploadLeadsForm } from './lazy-dialog-forms'
import { listInput, useCampaignListParams, type CampaignSort, type CampaignStatus } from './use-campaign-list-params'

/** Shown in a dialog while its form's code loads (first open only). */
const FORM_LOADING = (
  <p className="loading" role="status">
    Loading the form…
  </p>
)

/**
 * The Campaigns screen: filters and page in the address, the paged table through the query cache
 * with its loading / empty / error / stale states, and the New campaign dialog (`?new=1`).
 */
export function CampaignsScreen() {
  const { state, update, params, setParams } = useCampaignListParams()
  const navigate = useNavigate()
  const list = useApiQuery('campaigns.list', listInput(state), { keepPrevious: true })
  const [uploadingTo, setUploadingTo] = useState<CampaignSummary | null>(null)
  const [clears, setClears] = useState(0)
  const creating = params.get('new') === '1'
  useDocumentTitle('Campaigns')

  const setCreating = useCallback(
    (open: boolean) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (open) next.set('new', '1')
          else next.delete('new')
          return next
        },
        { replace: true }
      ),
    [setParams]
  )

  useEffect(() => {
    if (clears > 0) document.getElementById('campaign-search')?.focus()
  }, [clears])

  const clearFilters = () => {
    update({ status: null, search: '', page: 1 })
    setClears((n) => n + 1)
  }
  const onSearch = useCallback((search: string) => update({ search }), [update])
  const onStatus = useCallback((status: CampaignStatus | null) => update({ status }), [update])
  const onSort = useCallback((sort: CampaignSort) => update({ sort }), [update])
  // A new campaign is an empty shell: the operator goes straight on to its editor to fill it in.
  // (The dialog's `?new=1` is dropped first, so Back returns to the plain list, not to the dialog.)
  const onCreated = (created: CampaignCreated) => {
    setCreating(false)
    notify(`Campaign “${created.name}” created. Add its email, inboxes and leads, then launch it.`)
    void navigate(paths.campaign(created.campaign_id))
  }

  const page = list.data
  const items = page?.campaigns ?? []
  const filtered = state.status !== null || state.search.trim() !== ''
  const refreshing = list.isFetching && !list.isPending

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
      <CampaignsToolbar status={state.status} search={state.search} onStatus={onStatus} onSearch={onSearch} sort={state.sort} onSort={onSort} />
      <div className="list-region" aria-busy={list.isFetching}>
        {list.error && !page ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <CampaignsBody
            items={items}
            loading={list.isPending || (list.isPlaceholderData && refreshing)}
            loaded={page !== undefined}
            filtered={filtered}
            onCreate={() => setCreating(true)}
            onClearFilters={clearFilters}
            renderActions={(c) => <CampaignRowActions campaign={c} onUploadLeads={setUploadingTo} />}
          />
        )}
      </div>
      {page ? (
        <div className="list-footer">
          {page.pagination && items.length > 0 ? (
            <CampaignsPagination pagination={page.pagination} disabled={list.isPlaceholderData} onPage={(p) => update({ page: p })} />
          ) : null}
          <QueryDataAge query={list} />
        </div>
      ) : null}
      {uploadingTo ? (
        <Dialog title={`Upload leads to “${uploadingTo.name}”`} onClose={() => setUploadingTo(null)}>
          <Suspense fallback={FORM_LOADING}>
            <UploadLeadsForm campaignId={uploadingTo.campaign_id} onClose={() => setUploadingTo(null)} onImported={() => void list.refetch()} />
          </Suspense>
        </Dialog>
      ) : null}
      {creating ? (
        <Dialog title="New campaign" onClose={() => setCreating(false)}>
          <Suspense fallback={FORM_LOADING}>
            <NewCampaignForm onCreated={onCreated} onCancel={() => setCreating(false)} />
          </Suspense>
        </Dialog>
      ) : null}
    </div>
  )
}

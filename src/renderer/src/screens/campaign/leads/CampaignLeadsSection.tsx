import { useState } from 'react'
import type { Lead } from '../../../../../shared/contract/leads'
import { Dialog } from '../../../components/Dialog'
import { useDebouncedValue } from '../../../query/use-debounced-value'
import { notify } from '../../../toasts/toasts-store'
import { UploadLeadsForm } from '../../campaigns/upload/UploadLeadsForm'
import { AddLeadForm } from './AddLeadForm'
import { LeadDetailDialog } from './LeadDetailDialog'
import { LeadFilters } from './LeadFilters'
import { LeadList } from './LeadList'
import { useRefreshLeadReads } from './use-refresh-lead-reads'
import './leads.css'

/** How long the search box waits after the last key before asking the API. */
const SEARCH_DELAY_MS = 300

type Open = { kind: 'add' } | { kind: 'upload' } | { kind: 'lead'; lead: Lead } | null

/**
 * A campaign's Leads section (`#/campaigns/:id/leads`): add one lead, upload a CSV (mapping preview,
 * progress, counts), filter and search, scroll through any number of leads (only the pages in view
 * are fetched), open one for its fields and email history, and delete a PENDING one.
 */
export function CampaignLeadsSection({ campaignId }: { campaignId: string }) {
  const [status, setStatus] = useState('')
  const [search, setSearch] = useState('')
  const settledSearch = useDebouncedValue(search, SEARCH_DELAY_MS)
  const [open, setOpen] = useState<Open>(null)
  const refresh = useRefreshLeadReads()
  const filter = { campaignId, status, search: settledSearch }
  const close = () => setOpen(null)

  const actions = (
    <div className="button-row">
      <button type="button" className="primary" onClick={() => setOpen({ kind: 'add' })}>
        Add lead
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'upload' })}>
        Upload CSV
      </button>
    </div>
  )

  return (
    <section className="panel lead-section" aria-labelledby="campaign-leads-heading">
      <div className="section-header">
        <h2 id="campaign-leads-heading">Leads</h2>
        {actions}
      </div>
      <LeadFilters status={status} search={search} onStatus={setStatus} onSearch={setSearch} />
      <LeadList
        key={`${status}\u0000${settledSearch}`}
        filter={filter}
        filtered={status !== '' || settledSearch.trim() !== ''}
        onOpen={(lead) => setOpen({ kind: 'lead', lead })}
        empty={
          <div className="empty-state">
            <p className="empty-state__title">No leads yet</p>
            <p>Add leads one by one, or upload a CSV file with an email column.</p>
            {actions}
          </div>
        }
      />
      {open?.kind === 'add' ? (
        <Dialog title="Add lead" onClose={close}>
          <AddLeadForm
            campaignId={campaignId}
            onCancel={close}
            onAdded={(lead) => {
              close()
              notify(`Lead ${lead.email} added.`)
            }}
          />
        </Dialog>
      ) : null}
      {open?.kind === 'upload' ? (
        <Dialog title="Upload leads from a CSV file" onClose={close}>
          <UploadLeadsForm campaignId={campaignId} onClose={close} onImported={refresh} />
        </Dialog>
      ) : null}
      {open?.kind === 'lead' ? (
        <LeadDetailDialog
          campaignId={campaignId}
          lead={open.lead}
          onClose={close}
          onDeleted={(lead) => {
            close()
            notify(`Lead ${lead.email} deleted.`)
          }}
        />
      ) : null}
    </section>
  )
}

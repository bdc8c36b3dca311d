import { useId } from 'react'
import type { Lead } from '../../../../../shared/contract/leads'
import { Dialog } from '../../../components/Dialog'
import { FactList } from '../../../components/FactList'
import { formatDateTime } from '../../../format/dates'
import { QueryStates } from '../../../query/QueryStates'
import { useApiQuery } from '../../../query/use-api-query'
import { DeleteLeadControl } from './DeleteLeadControl'
import { LeadEmailHistory } from './LeadEmailHistory'

/** Props: the lead picked in the list (shown at once), its campaign, and how the dialog ends. */
export interface LeadDetailDialogProps {
  campaignId: string
  lead: Lead
  onClose: () => void
  onDeleted: (lead: Lead) => void
}

const when = (v: string | null | undefined) => (v ? formatDateTime(v) : undefined)

/**
 * One lead in a dialog titled with its address: its fields and custom fields, status, email history
 * and replies (`leads.get`), and — for a PENDING lead — Delete lead behind a confirmation.
 */
export function LeadDetailDialog({ campaignId, lead, onClose, onDeleted }: LeadDetailDialogProps) {
  const customId = useId()
  const detail = useApiQuery('leads.get', { campaign_id: campaignId, lead_id: lead.lead_id }, { refresh: false })
  const shown = detail.data ?? lead
  const custom = Object.entries(shown.custom_fields ?? {})
  return (
    <Dialog title={lead.email} onClose={onClose}>
      <div className="lead-detail">
        <FactList
          facts={[
            ['Email', shown.email],
            ['First name', shown.first_name ?? '–'],
            ['Last name', shown.last_name ?? '–'],
            ['Company', shown.company ?? '–'],
            ['Status', <span className="badge">{shown.status}</span>],
            ['Delivery status', detail.data?.delivery_status ?? undefined],
            ['Sequence step', String(shown.sequence_step)],
            ['Added', when(shown.created_at)],
            ['Last contacted', when(shown.last_contacted_at)]
          ]}
        />
        <section aria-labelledby={customId}>
          <h3 id={customId}>Custom fields</h3>
          {custom.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <FactList facts={custom.map(([k, v]) => [`{{${k}}}`, typeof v === 'string' ? v || '(empty)' : JSON.stringify(v)] as const)} />
          )}
        </section>
        <QueryStates query={detail} loading="Loading email history…" headingLevel={3} />
        {detail.data ? <LeadEmailHistory detail={detail.data} /> : null}
        <DeleteLeadControl campaignId={campaignId} lead={shown} onDeleted={() => onDeleted(lead)} />
        <div className="button-row">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  )
}

import { useId, useState } from 'react'
import type { Lead } from '../../../../../shared/contract/leads'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { useApiMutation } from '../../../query/use-api-mutation'
import { LEAD_READS } from './lead-reads'
import { ConfirmActions } from '../../../components/ConfirmActions'

/** Props: the lead, its campaign, and what to do once it is gone. */
export interface DeleteLeadControlProps {
  campaignId: string
  lead: Pick<Lead, 'lead_id' | 'email' | 'status'>
  onDeleted: () => void
}

/**
 * "Delete lead" for a PENDING lead (the API deletes no other), behind a confirmation naming the
 * address; for any other status the button is off and says why. A delete refreshes the list and the campaign's counts.
 */
export function DeleteLeadControl({ campaignId, lead, onDeleted }: DeleteLeadControlProps) {
  const whyId = useId()
  const [asking, setAsking] = useState(false)
  const remove = useApiMutation('leads.delete', LEAD_READS)
  const pending = lead.status === 'PENDING'

  const confirm = async () => {
    if (remove.isPending) return
    try {
      await remove.mutateAsync({ campaign_id: campaignId, lead_id: lead.lead_id })
      onDeleted()
    } catch {
      setAsking(false) // the error shows below; the lead stays
    }
  }

  return (
    <div className="lead-delete">
      {asking ? (
        <div className="confirm" role="group" aria-label={`Confirm deletion of ${lead.email}`}>
          <p>
            <strong>Delete lead {lead.email}?</strong> It leaves the campaign for good; this cannot be undone.
          </p>
          <ConfirmActions label="Delete" busy={remove.isPending} onConfirm={() => void confirm()} onCancel={() => setAsking(false)}>
            {remove.isPending ? <span className="muted">Deleting…</span> : null}
          </ConfirmActions>
        </div>
      ) : (
        <p className="button-row">
          <button type="button" disabled={!pending} aria-describedby={pending ? undefined : whyId} onClick={() => (remove.reset(), setAsking(true))}>
            Delete lead
          </button>
          {pending ? null : (
            <span id={whyId} className="field-hint">
              Only PENDING leads (not contacted yet) can be deleted; this one is {lead.status}.
            </span>
          )}
        </p>
      )}
      {remove.error ? <ErrorNotice error={remove.error} headingLevel={3} autoRetry={false} /> : null}
    </div>
  )
}

import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { notify } from '../../toasts/toasts-store'
import { CAMPAIGN_READS } from './campaign-reads'
import { ConfirmActions } from '../../components/ConfirmActions'

/** Asks before deleting a campaign (it cannot be undone), then deletes it and says so; a refusal stays in the dialog. */
export function DeleteCampaignDialog({ campaign, onClose }: { campaign: CampaignSummary; onClose: () => void }) {
  const remove = useApiMutation('campaigns.delete', CAMPAIGN_READS)
  const confirm = () =>
    remove.mutate(
      { campaign_id: campaign.campaign_id },
      {
        onSuccess: () => {
          onClose()
          notify(`Campaign “${campaign.name}” deleted.`)
        }
      }
    )
  return (
    <Dialog title={`Delete “${campaign.name}”?`} onClose={onClose}>
      <p>
        The campaign, its {campaign.total_leads.toLocaleString()} {campaign.total_leads === 1 ? 'lead' : 'leads'} and its statistics are removed from
        ColdSend. This cannot be undone.
      </p>
      {remove.error ? <ErrorNotice error={remove.error} headingLevel={3} autoRetry={false} /> : null}
      <ConfirmActions label="Delete campaign" busy={remove.isPending} onConfirm={confirm} onCancel={onClose} />
    </Dialog>
  )
}

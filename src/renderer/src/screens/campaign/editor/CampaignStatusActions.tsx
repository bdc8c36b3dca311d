import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { StatusBadge } from '../../../components/StatusBadge'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { useApiMutation } from '../../../query/use-api-mutation'
import { notify } from '../../../toasts/toasts-store'
import { CAMPAIGN_READS } from '../../campaigns/campaign-reads'

/** The campaign's status with Pause (ACTIVE) or Resume (PAUSED) beside it; a refusal shows right there. */
export function CampaignStatusActions({ campaign }: { campaign: CampaignDetail }) {
  const pause = useApiMutation('campaigns.pause', CAMPAIGN_READS)
  const resume = useApiMutation('campaigns.activate', CAMPAIGN_READS)
  const id = { campaign_id: campaign.campaign_id }
  const error = pause.error ?? resume.error
  const busy = pause.isPending || resume.isPending
  return (
    <div className="status-actions">
      <span>
        Status: <StatusBadge status={campaign.status} />
      </span>
      {campaign.status === 'ACTIVE' ? (
        <button type="button" disabled={busy} onClick={() => (resume.reset(), pause.mutate(id, { onSuccess: () => notify(`“${campaign.name}” paused.`) }))}>
          {pause.isPending ? 'Pausing…' : 'Pause'}
        </button>
      ) : null}
      {campaign.status === 'PAUSED' ? (
        <button type="button" disabled={busy} onClick={() => (pause.reset(), resume.mutate(id, { onSuccess: () => notify(`“${campaign.name}” resumed.`) }))}>
          {resume.isPending ? 'Resuming…' : 'Resume'}
        </button>
      ) : null}
      {error ? <ErrorNotice error={error} headingLevel={3} autoRetry={false} /> : null}
    </div>
  )
}

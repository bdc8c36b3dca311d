import { useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import { useFacade } from '../../../bridge/facade-context'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { resumeCampaign } from '../../campaign/editor/pause-apply-resume'
import type { CampaignRef } from './remove-inbox-from-campaigns'

/** A campaign this flow paused and left PAUSED, said out loud, with a "Resume <name>" button (and its error). */
export function ResumePausedCampaign({ campaign, onResumed }: { campaign: CampaignRef; onResumed: (campaignId: string) => void }) {
  const facade = useFacade()
  const [state, setState] = useState<{ running: boolean; done: boolean; error: AppError | null }>({ running: false, done: false, error: null })
  const resume = async () => {
    setState({ running: true, done: false, error: null })
    const answer = await resumeCampaign(facade, { campaign_id: campaign.campaign_id })
    setState({ running: false, done: answer.ok, error: answer.ok ? null : answer.error })
    if (answer.ok) onResumed(campaign.campaign_id)
  }
  if (state.done) return <p role="status">{campaign.name} is sending again.</p>
  return (
    <div className="field-warning">
      <p>{campaign.name} is PAUSED because of this flow: it sends nothing until it is resumed.</p>
      <button type="button" className="primary" disabled={state.running} onClick={() => void resume()}>
        {state.running ? `Resuming ${campaign.name}…` : `Resume ${campaign.name}`}
      </button>
      {state.error ? <ErrorNotice error={state.error} headingLevel={3} autoRetry={false} /> : null}
    </div>
  )
}

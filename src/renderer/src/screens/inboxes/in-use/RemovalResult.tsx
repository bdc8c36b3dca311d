import { useState, type RefObject } from 'react'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import type { CampaignRef, RemovalOutcome } from './remove-inbox-from-campaigns'
import { ResumePausedCampaign } from './ResumePausedCampaign'

/** Props: the flow's outcome, where focus lands, the campaigns the flow left PAUSED, and who hears of a resume. */
export interface RemovalResultProps {
  outcome: RemovalOutcome
  outcomeRef: RefObject<HTMLParagraphElement | null>
  /** Campaigns this flow (this attempt or an earlier one) paused and that are still PAUSED when the outcome shows. */
  stillPaused: readonly CampaignRef[]
  /** One of them is sending again. */
  onResumed: (campaignId: string) => void
}

/**
 * The final word of the flow: done, or where it stopped and why (the error, with its fix), naming each
 * campaign the flow left PAUSED with a "Resume <name>" button so nothing stays paused silently.
 */
export function RemovalResult({ outcome, outcomeRef, stillPaused, onResumed }: RemovalResultProps) {
  // Kept as shown at first, so a resumed campaign's "sending again" stays on screen.
  const [paused] = useState(stillPaused)
  if (outcome.ok)
    return (
      <p ref={outcomeRef} tabIndex={-1} role="status" className="in-use-outcome">
        Done: this inbox was taken out of {outcome.removedFrom.map((c) => c.name).join(', ') || 'its campaigns'} and deleted. Every campaign is back in the status it had.
      </p>
    )
  return (
    <div className="in-use-result">
      <p ref={outcomeRef} tabIndex={-1} role="alert" className="in-use-outcome">
        {outcome.failedStep ? `Stopped at “${outcome.failedStep.label}”. ` : ''}
        {outcome.message}
        {outcome.removedFrom.length > 0 ? ` Already taken out of: ${outcome.removedFrom.map((c) => c.name).join(', ')}.` : ''} The inbox was not deleted.
      </p>
      {outcome.error ? <ErrorNotice error={outcome.error} headingLevel={3} autoRetry={false} /> : null}
      {paused.map((c) => (
        <ResumePausedCampaign key={c.campaign_id} campaign={c} onResumed={onResumed} />
      ))}
    </div>
  )
}

import { useState, type RefObject } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import { useFacade } from '../../../bridge/facade-context'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { resumeCampaign } from '../../campaign/editor/pause-apply-resume'
import type { RemovalOutcome } from './remove-inbox-from-campaigns'

/** Props: the flow's outcome and the element focus lands on when it appears. */
export interface RemovalResultProps {
  outcome: RemovalOutcome
  outcomeRef: RefObject<HTMLParagraphElement | null>
}

/**
 * The final word of the flow: done, or where it stopped and why (the error, with its fix), naming the
 * campaign the flow left PAUSED with a "Resume <name>" button so nothing stays paused silently.
 */
export function RemovalResult({ outcome, outcomeRef }: RemovalResultProps) {
  const facade = useFacade()
  const [resume, setResume] = useState<{ running: boolean; done: boolean; error: AppError | null }>({ running: false, done: false, error: null })
  if (outcome.ok)
    return (
      <p ref={outcomeRef} tabIndex={-1} role="status" className="in-use-outcome">
        Done: this inbox was taken out of {outcome.removedFrom.map((c) => c.name).join(', ') || 'its campaigns'} and deleted. Every campaign is back in the status it had.
      </p>
    )
  const paused = outcome.leftPaused
  const resumeIt = async () => {
    if (!paused) return
    setResume({ running: true, done: false, error: null })
    const answer = await resumeCampaign(facade, { campaign_id: paused.campaign_id })
    setResume({ running: false, done: answer.ok, error: answer.ok ? null : answer.error })
  }
  return (
    <div className="in-use-result">
      <p ref={outcomeRef} tabIndex={-1} role="alert" className="in-use-outcome">
        {outcome.failedStep ? `Stopped at “${outcome.failedStep.label}”. ` : ''}
        {outcome.message}
        {outcome.removedFrom.length > 0 ? ` Already taken out of: ${outcome.removedFrom.map((c) => c.name).join(', ')}.` : ''} The inbox was not deleted.
      </p>
      {outcome.error ? <ErrorNotice error={outcome.error} headingLevel={3} autoRetry={false} /> : null}
      {paused && !resume.done ? (
        <div className="field-warning">
          <p>{paused.name} is PAUSED because of this flow: it sends nothing until it is resumed.</p>
          <button type="button" className="primary" disabled={resume.running} onClick={() => void resumeIt()}>
            {resume.running ? `Resuming ${paused.name}…` : `Resume ${paused.name}`}
          </button>
        </div>
      ) : null}
      {paused && resume.done ? <p role="status">{paused.name} is sending again.</p> : null}
      {resume.error ? <ErrorNotice error={resume.error} headingLevel={3} autoRetry={false} /> : null}
    </div>
  )
}

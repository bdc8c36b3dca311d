import { useState } from 'react'
import { useFacade } from '../../../bridge/facade-context'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { notify } from '../../../toasts/toasts-store'
import type { EditorChanges } from './editor-payload'
import { FLOW_STEPS, pauseApplyResume, resumeCampaign, type FlowOutcome, type FlowStepId, type FlowStepState } from './pause-apply-resume'

/** Props: the campaign, the changes to apply, and what to do after each outcome. */
export interface PauseApplyResumePanelProps {
  campaignId: string
  /** The changes to apply, read when the flow starts (edits made after a failure count); null = local checks failed. */
  getChanges: () => EditorChanges | null
  /** The changes were saved (whether or not the resume worked). */
  onApplied: (missing: readonly string[]) => void
  /** The save step failed: let the editor mark the fields; true when it could. */
  onApplyFailed: (outcome: Extract<FlowOutcome, { ok: false }>) => boolean
  /** Anything changed on the server (pause, save or resume): re-read the campaign. */
  onServerChanged: () => void
  onCancel: () => void
}

const STATE_TEXT: Record<FlowStepState, string> = { waiting: 'Waiting', running: 'In progress…', done: 'Done', skipped: 'Already paused', failed: 'Failed' }

const LEFT_IN: Record<FlowStepId, string> = {
  pause: 'The campaign is still ACTIVE and unchanged; your edits are kept here.',
  apply: 'The campaign is PAUSED and your changes were not saved; your edits are kept here. Fix what is marked and run the flow again, or resume without them.',
  resume: 'Your changes are saved, but the campaign is PAUSED. Resume it when the problem is solved.'
}

/**
 * The guided fix for "not modifiable while ACTIVE": one button, "Pause, apply and resume", that
 * pauses, saves the kept edits and resumes, showing each step, and if a step fails, says exactly
 * what state the campaign is left in.
 */
export function PauseApplyResumePanel({ campaignId, getChanges, onApplied, onApplyFailed, onServerChanged, onCancel }: PauseApplyResumePanelProps) {
  const facade = useFacade()
  const [steps, setSteps] = useState<Record<FlowStepId, FlowStepState>>({ pause: 'waiting', apply: 'waiting', resume: 'waiting' })
  const [outcome, setOutcome] = useState<FlowOutcome | null>(null)
  const [running, setRunning] = useState(false)
  // After a failed save the campaign is already paused: the next run starts at the save.
  const [pausedAlready, setPausedAlready] = useState(false)

  const run = async () => {
    const changes = getChanges()
    if (changes === null) return
    setRunning(true)
    setOutcome(null)
    setSteps({ pause: 'waiting', apply: 'waiting', resume: 'waiting' })
    const result = await pauseApplyResume(facade, campaignId, changes, (id, state) => setSteps((s) => ({ ...s, [id]: state })), pausedAlready)
    setRunning(false)
    setOutcome(result)
    onServerChanged()
    if (result.ok) {
      onApplied(result.updated.missing_requirements)
      notify('Changes applied; the campaign is sending again.', { tone: 'success' })
      return
    }
    setPausedAlready(result.leftIn === 'PAUSED')
    if (result.changesSaved) onApplied([])
    if (result.failedAt === 'apply') onApplyFailed(result)
  }

  const resumeOnly = async () => {
    setRunning(true)
    const resumed = await resumeCampaign(facade, { campaign_id: campaignId })
    setRunning(false)
    onServerChanged()
    if (resumed.ok) {
      setPausedAlready(false)
      notify('Campaign resumed without the changes; your edits are still in the editor.', { tone: 'info' })
      onCancel()
    } else setOutcome({ ok: false, failedAt: 'resume', error: resumed.error, leftIn: 'PAUSED', changesSaved: false })
  }

  const failed = outcome && !outcome.ok ? outcome : null
  return (
    <section className="guided-fix" aria-labelledby="pause-apply-heading">
      <h2 id="pause-apply-heading">This campaign is sending</h2>
      <p>ColdSend does not accept changes to an ACTIVE campaign. The console can pause it, save your changes and resume it for you.</p>
      <ol className="flow-steps" aria-label="Steps">
        {FLOW_STEPS.map((step) => (
          <li key={step.id} className={`flow-step flow-step--${steps[step.id]}`}>
            {step.label}: <strong>{STATE_TEXT[steps[step.id]]}</strong>
          </li>
        ))}
      </ol>
      {failed ? (
        <>
          <p role="alert" className="flow-left-in">
            Stopped at “{FLOW_STEPS.find((s) => s.id === failed.failedAt)?.label}”. {LEFT_IN[failed.failedAt]}
          </p>
          <ErrorNotice error={failed.error} headingLevel={3} autoRetry={false} />
        </>
      ) : null}
      {outcome?.ok ? <p role="status">Done: the changes are saved and the campaign is ACTIVE again.</p> : null}
      <div className="button-row">
        {outcome?.ok ? null : (
          <button type="button" className="primary" disabled={running} onClick={() => void run()}>
            {pausedAlready ? 'Apply and resume' : 'Pause, apply and resume'}
          </button>
        )}
        {failed && failed.leftIn === 'PAUSED' && !failed.changesSaved ? (
          <button type="button" disabled={running} onClick={() => void resumeOnly()}>
            Resume without the changes
          </button>
        ) : null}
        <button type="button" disabled={running} onClick={onCancel}>
          {outcome?.ok ? 'Close' : 'Not now'}
        </button>
      </div>
    </section>
  )
}

import type { RemovalStepReport, RemovalStepState } from './remove-inbox-from-campaigns'
import type { RemovalStep } from './removal-plan'

/** Each state in words (the colour only repeats it). */
export const STEP_STATE_TEXT: Record<RemovalStepState, string> = { pending: 'Waiting', running: 'In progress…', done: 'Done', skipped: 'Skipped', failed: 'Failed' }

/** The live step list: every step of the plan with its state in words and, when skipped or failed, why; the step under way is announced. */
export function RemovalProgress({ steps, reports }: { steps: readonly RemovalStep[]; reports: Readonly<Record<string, RemovalStepReport>> }) {
  const current = steps.find((s) => reports[s.id]?.state === 'running')
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {current ? `${current.label}: ${STEP_STATE_TEXT.running}` : ''}
      </p>
      <ol className="flow-steps in-use-steps" role="list" aria-label="Progress">
        {steps.map((step) => {
          const report = reports[step.id] ?? { state: 'pending' }
          return (
            <li key={step.id} className={`flow-step flow-step--${report.state}`}>
              {step.label}: <strong>{STEP_STATE_TEXT[report.state]}</strong>
              {report.message ? <span className="in-use-steps__why"> — {report.message}</span> : null}
            </li>
          )
        })}
      </ol>
    </>
  )
}

import { useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { MailCheckRequest, MailProtocol, ProtocolResult, TlsMode } from '../../../../../shared/contract/mail-check'
import { useFacade } from '../../../bridge/facade-context'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { FixCardView } from './FixCardView'
import { STATUS_TEXT, STEP_LABELS, stepFact } from './step-text'
import './connection-check.css'

/** Props: how to build the request from the form (null = the form said what is missing), and how to apply a switch. */
export interface ConnectionCheckProps {
  getRequest: () => MailCheckRequest | null
  onSwitch: (protocol: MailProtocol, port: number, mode: TlsMode) => void
}

function ProtocolColumn({ title, result, onSwitch }: { title: string; result: ProtocolResult; onSwitch: ConnectionCheckProps['onSwitch'] }) {
  return (
    <section className="check-column" aria-label={`${title} check`}>
      <h3>
        {title}: {result.ok ? 'connected and signed in' : result.cancelled ? 'cancelled' : 'failed'}
      </h3>
      <ol className="check-steps">
        {result.steps.map((step) => {
          const fact = stepFact(step)
          return (
            <li key={step.step} className={`check-step check-step--${step.status}`}>
              <span className="check-step__mark" aria-hidden="true">
                {STATUS_TEXT[step.status].mark}
              </span>
              <span>
                {STEP_LABELS[step.step]}: <strong>{STATUS_TEXT[step.status].word}</strong>
                {step.status !== 'skipped' ? <span className="check-step__time"> ({Math.round(step.durationMs)} ms)</span> : null}
                {fact ? <span className="check-step__fact">{fact}</span> : null}
              </span>
            </li>
          )
        })}
      </ol>
      {result.diagnosis ? <FixCardView protocol={result.protocol} diagnosis={result.diagnosis} onSwitch={onSwitch} /> : null}
    </section>
  )
}

/**
 * "Test connection": runs the layer-by-layer SMTP and IMAP check on this computer (one sign-in
 * attempt each, never in cleartext) before anything is sent to ColdSend, and shows each step
 * side by side with the fix for whatever failed.
 */
export function ConnectionCheck({ getRequest, onSwitch }: ConnectionCheckProps) {
  const facade = useFacade()
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<{ smtp?: ProtocolResult; imap?: ProtocolResult } | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)
  const run = async () => {
    const request = getRequest()
    if (!request) return
    setRunning(true)
    setFailure(null)
    const answer = await facade.mail.check(request)
    setRunning(false)
    if (answer.ok) setResult(answer.value.result)
    else setFailure(answer.error)
  }
  return (
    <section className="panel connection-check" aria-labelledby="connection-check-heading" aria-busy={running}>
      <h2 id="connection-check-heading">Connection test</h2>
      <p className="field-hint">Checks both servers from this computer — address, connection, encryption and a real sign-in — before anything is sent to ColdSend.</p>
      <div className="button-row">
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {running ? 'Testing SMTP and IMAP…' : result ? `SMTP ${result.smtp?.ok ? 'passed' : 'failed'}, IMAP ${result.imap?.ok ? 'passed' : 'failed'}.` : ''}
      </p>
      {failure ? <ErrorNotice error={failure} headingLevel={3} autoRetry={false} /> : null}
      {result ? (
        <div className="check-columns">
          {result.smtp ? <ProtocolColumn title="SMTP (sending)" result={result.smtp} onSwitch={onSwitch} /> : null}
          {result.imap ? <ProtocolColumn title="IMAP (replies)" result={result.imap} onSwitch={onSwitch} /> : null}
        </div>
      ) : null}
    </section>
  )
}

import { useEffect, useState } from 'react'
import type { MailCheckRequest, MailCheckResult, MailProtocol, ProtocolResult, StepEvent, TlsMode } from '../../../../../shared/contract/mail-check'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { FixCardView } from './FixCardView'
import { STATUS_TEXT, STEP_LABELS, stepFact } from './step-text'
import { useLiveMailCheck } from './use-live-mail-check'
import './connection-check.css'

/** Props: how to build the request (null = the form said what is missing), how to apply a switch, and who hears results. */
export interface ConnectionCheckProps {
  getRequest: () => MailCheckRequest | null
  onSwitch: (protocol: MailProtocol, port: number, mode: TlsMode) => void
  /** Told each finished check's result (the wizard keeps it to show beside ColdSend's own verdict). */
  onResult?: (result: MailCheckResult) => void
}

const TITLES: Record<MailProtocol, string> = { smtp: 'SMTP (sending)', imap: 'IMAP (replies)' }

function headline(protocol: MailProtocol, result: ProtocolResult | undefined, running: boolean): string {
  if (!result) return running ? `${TITLES[protocol]}: testing…` : TITLES[protocol]
  return `${TITLES[protocol]}: ${result.ok ? 'connected and signed in' : result.cancelled ? 'cancelled' : 'failed'}`
}

function StepRow({ step }: { step: StepEvent }) {
  const fact = stepFact(step)
  return (
    <li className={`check-step check-step--${step.status}`}>
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
}

function ProtocolColumn(props: { protocol: MailProtocol; steps: readonly StepEvent[]; result?: ProtocolResult; running: boolean; onSwitch: ConnectionCheckProps['onSwitch'] }) {
  const { protocol, steps, result, running, onSwitch } = props
  return (
    <section className="check-column" aria-label={`${TITLES[protocol]} check`}>
      <h3>{headline(protocol, result, running)}</h3>
      <ol className="check-steps">
        {steps.map((step) => (
          <StepRow key={step.step} step={step} />
        ))}
        {running && !result ? (
          <li className="check-step check-step--running">
            <span className="check-step__mark" aria-hidden="true">
              …
            </span>
            <span>{steps.length === 0 ? 'Starting…' : 'Next step…'}</span>
          </li>
        ) : null}
      </ol>
      {result?.diagnosis ? <FixCardView protocol={protocol} diagnosis={result.diagnosis} onSwitch={onSwitch} /> : null}
    </section>
  )
}

/**
 * "Test connection": runs the layer-by-layer SMTP and IMAP check on this computer (one sign-in
 * attempt each, never in cleartext) before anything is sent to ColdSend, and shows each step the
 * moment it finishes, side by side, with the fix for whatever failed.
 */
export function ConnectionCheck({ getRequest, onSwitch, onResult }: ConnectionCheckProps) {
  const check = useLiveMailCheck()
  // A throttled server's cooldown: testing again before it ends may extend the block, so the console says until when.
  const [cooldownUntil, setCooldownUntil] = useState<number | null>(null)
  const run = async () => {
    const request = getRequest()
    if (!request) return
    const result = await check.run(request)
    if (!result) return
    const waits = [result.smtp, result.imap].map((r) => r?.diagnosis?.retryAfterMs ?? 0)
    setCooldownUntil(Math.max(...waits) > 0 ? Date.now() + Math.max(...waits) : null)
    onResult?.(result)
  }
  useEffect(() => {
    if (cooldownUntil === null) return
    const timer = setTimeout(() => setCooldownUntil(null), Math.max(0, cooldownUntil - Date.now()))
    return () => clearTimeout(timer)
  }, [cooldownUntil])
  const cooling = cooldownUntil !== null
  const { running, result, steps } = check
  const started = running || result !== null
  const protocols = (['smtp', 'imap'] as const).filter((p) => (result ? result[p] : true))
  return (
    <section className="panel connection-check" aria-labelledby="connection-check-heading" aria-busy={running}>
      <h2 id="connection-check-heading">Connection test</h2>
      <p className="field-hint">Checks both servers from this computer — address, connection, encryption and a real sign-in — before anything is sent to ColdSend.</p>
      <div className="button-row">
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      {cooling && !running ? (
        <p className="field-warning" role="note">
          The server asked for a pause: wait until {new Date(cooldownUntil as number).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} before testing again, or the block may last longer.
        </p>
      ) : null}
      <p role="status" className="visually-hidden">
        {running ? 'Testing SMTP and IMAP…' : result ? `SMTP ${result.smtp?.ok ? 'passed' : 'failed'}, IMAP ${result.imap?.ok ? 'passed' : 'failed'}.` : ''}
      </p>
      {check.failure ? <ErrorNotice error={check.failure} headingLevel={3} autoRetry={false} /> : null}
      {started ? (
        <div className="check-columns">
          {protocols.map((p) => (
            <ProtocolColumn
              key={p}
              protocol={p}
              steps={result?.[p]?.steps ?? steps.filter((s) => s.protocol === p)}
              {...(result?.[p] ? { result: result[p] } : {})}
              running={running}
              onSwitch={onSwitch}
            />
          ))}
        </div>
      ) : null}
    </section>
  )
}

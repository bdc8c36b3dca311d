import { useEffect, useId, useRef } from 'react'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { BulkSenderRules } from './BulkSenderRules'
import { DeliverabilityRow } from './DeliverabilityRow'
import { orderedItems, outcomeLine } from './deliverability-text'
import { useDeliverability } from './use-deliverability'
import './deliverability-panel.css'

/** Props: the sender domain and the SMTP host that will send for it; whether to check once by itself. */
export interface DeliverabilityPanelProps {
  domain: string
  smtpHost: string
  /** Run the check once, as soon as both the domain and the SMTP host are filled in (default false). */
  autoRun?: boolean
  /** The panel's heading level inside the page outline (default h2; each check's name is one level below). */
  headingLevel?: 2 | 3
}

const clean = (value: string) => value.trim().toLowerCase().replace(/\.$/, '')

/**
 * "Deliverability of <domain>": reads the sender domain's SPF, DMARC, DKIM and MX from DNS (through
 * the core) and shows each as Pass / Warning / Fail with the record found and the fix, plus the
 * Google and Yahoo bulk-sender rules whenever something is not a pass.
 */
export function DeliverabilityPanel({ domain, smtpHost, autoRun = false, headingLevel = 2 }: DeliverabilityPanelProps) {
  const titleId = useId()
  const hintId = useId()
  const { pending, answer, run } = useDeliverability()
  const d = clean(domain)
  const host = clean(smtpHost)
  const ready = d !== '' && host !== ''
  // A check or result for another domain or host is not shown as if it were about these.
  const isCurrent = (target: { domain: string; smtpHost: string } | null) => target !== null && target.domain === d && target.smtpHost === host
  const running = isCurrent(pending)
  const current = answer && isCurrent(answer) ? answer : null
  const autoRan = useRef(false)
  useEffect(() => {
    if (!autoRun || autoRan.current || !ready) return
    autoRan.current = true
    void run(d, host)
  }, [autoRun, ready, d, host, run])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const inner = headingLevel === 2 ? 3 : 4
  const items = current?.items ? orderedItems(current.items) : null
  return (
    <section className="panel deliverability" aria-labelledby={titleId} aria-busy={running}>
      <Heading id={titleId}>Deliverability of {d || 'your domain'}</Heading>
      <p className="field-hint" id={hintId}>
        {ready
          ? `Reads the DNS records of ${d} and checks them for sending through ${host}. Nothing is changed.`
          : 'Fill in the sender address and the SMTP host first: the check needs both.'}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void run(d, host)} disabled={!ready || running} aria-describedby={hintId}>
          {running ? 'Checking…' : 'Check deliverability'}
        </button>
      </div>
      <p role="status" className={running ? 'loading' : 'visually-hidden'}>
        {running ? `Reading the DNS records of ${d}…` : items ? `Deliverability of ${d}: ${outcomeLine(items)}.` : ''}
      </p>
      {!running && answer && !current ? <p className="muted">The domain or SMTP host changed since the last check; check again.</p> : null}
      {current?.error ? <ErrorNotice error={current.error} onRetry={() => void run(d, host)} headingLevel={3} /> : null}
      {items ? (
        <>
          <p className="deliverability__outcome">{outcomeLine(items)}</p>
          <ul className="deliverability__checks" aria-label={`Checks of ${d}`}>
            {items.map((item) => (
              <DeliverabilityRow key={item.id} item={item} headingLevel={inner} />
            ))}
          </ul>
          {items.some((item) => item.status !== 'pass') ? <BulkSenderRules headingLevel={inner} /> : null}
        </>
      ) : null}
    </section>
  )
}

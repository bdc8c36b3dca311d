import type { MailDiagnosis, MailProtocol, TlsMode } from '../../../../../shared/contract/mail-check'
import { FIX_CARDS } from '../../../../../shared/mail-fix-cards'

const MODE_TEXT: Record<TlsMode, string> = { ssl: 'SSL/TLS', starttls: 'STARTTLS' }

/** Props: the diagnosis of one protocol, and how to apply a suggested port/TLS switch. */
export interface FixCardViewProps {
  protocol: MailProtocol
  diagnosis: MailDiagnosis
  onSwitch: (protocol: MailProtocol, port: number, mode: TlsMode) => void
}

/** The cause of a failed check and what to change, with the one-click switch when another port/TLS mode answered. */
export function FixCardView({ protocol, diagnosis, onSwitch }: FixCardViewProps) {
  const card = FIX_CARDS[diagnosis.cause]
  const alt = diagnosis.alternative
  return (
    <div className="fix-card" role="group" aria-label={`${protocol.toUpperCase()} fix: ${card.title}`}>
      <p className="fix-card__title">{card.title}</p>
      {/* the summary often just repeats the title with the protocol in front; say it once */}
      {diagnosis.summary.replace(/^(SMTP|IMAP): /, '') !== card.title ? <p>{diagnosis.summary}</p> : null}
      {diagnosis.detail ? <p className="fix-card__detail">{diagnosis.detail}</p> : null}
      <ol className="fix-card__steps">
        {card.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {diagnosis.retryAfterMs ? <p>Wait about {Math.ceil(diagnosis.retryAfterMs / 60_000)} minutes before testing again; the console will not retry by itself.</p> : null}
      {alt ? (
        <button type="button" onClick={() => onSwitch(protocol, alt.port, alt.mode)}>
          Switch to port {alt.port} ({MODE_TEXT[alt.mode]}){alt.verified ? '' : ' — usual pairing, not confirmed'}
        </button>
      ) : null}
    </div>
  )
}

import type { DiscoveryCandidate, DiscoverySource, MailDiscoveryResult } from '../../../../../shared/contract/mail-discovery'
import type { InboxFormValues } from '../inbox-draft'
import { INBOX_TYPE_LABELS } from '../inbox-draft'

/** Each discovery source in the operator's words ("Found in the domain's MX records"). */
export const SOURCE_TEXT: Record<DiscoverySource, string> = {
  preset: 'the console’s built-in provider table',
  mx: 'the domain’s MX records',
  srv: 'the domain’s SRV records (RFC 6186)',
  autoconfig: 'the domain’s own autoconfig file',
  ispdb: 'Thunderbird’s ISP database',
  guess: 'a guess from the domain name (nothing was published)'
}

const endpoint = (c: Pick<DiscoveryCandidate, 'smtp' | 'imap'>) =>
  `SMTP ${c.smtp.host}:${c.smtp.port} (${c.smtp.tls === 'implicit' ? 'SSL/TLS' : 'STARTTLS'}) · IMAP ${c.imap.host}:${c.imap.port} (${c.imap.tls === 'implicit' ? 'SSL/TLS' : 'STARTTLS'})`

/** Props: the lookup's answer, the inbox type chosen now, and how to apply another candidate. */
export interface DiscoverySummaryProps {
  result: MailDiscoveryResult
  chosenType: InboxFormValues['inbox_type']
  onUse: (candidate: DiscoveryCandidate) => void
}

/**
 * What the lookup found and where it came from, why it was believed, its warnings, a warning when
 * the chosen inbox type disagrees with the provider, and the other candidates one click away.
 */
export function DiscoverySummary({ result, chosenType, onUse }: DiscoverySummaryProps) {
  const others = result.candidates.filter((c) => !(c.source === result.source && c.smtp.host === result.smtp.host && c.imap.host === result.imap.host))
  const mismatch = chosenType !== result.inboxType
  return (
    <div className="discovery-summary" role="group" aria-label="Settings found">
      <p className="discovery-summary__found">
        <strong>{result.provider ?? 'Mail servers'}</strong> — found in {SOURCE_TEXT[result.source]}.
      </p>
      <p className="field-hint">{endpoint(result)}</p>
      {result.evidence.length > 0 ? (
        <details>
          <summary>Why the console believes this</summary>
          <ul>
            {result.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {mismatch ? (
        <p className="field-warning" role="note">
          This domain’s mail is handled by {result.provider ?? INBOX_TYPE_LABELS[result.inboxType]}, which ColdSend calls “{INBOX_TYPE_LABELS[result.inboxType]}”, but Inbox type
          is “{INBOX_TYPE_LABELS[chosenType]}”. ColdSend sets sending limits and warm-up by inbox type; pick the one that matches.
        </p>
      ) : null}
      {result.warnings.map((w) => (
        <p key={w} className="field-warning" role="note">
          {w}
        </p>
      ))}
      {others.length > 0 ? (
        <details>
          <summary>Other settings found ({others.length})</summary>
          <ul className="discovery-summary__others">
            {others.map((c) => (
              <li key={`${c.source}-${c.smtp.host}-${c.imap.host}`}>
                <span>
                  {c.provider ?? 'Servers'} from {SOURCE_TEXT[c.source]}: {endpoint(c)}
                </span>{' '}
                <button type="button" className="link-button" onClick={() => onUse(c)}>
                  Use {c.smtp.host}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

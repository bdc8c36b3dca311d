import { useId } from 'react'

/** Props: the heading level of the footer's title. */
export interface BulkSenderRulesProps {
  headingLevel: 3 | 4
}

/**
 * The Google and Yahoo bulk-sender requirements (in force since February 2024), shown under the
 * checks when one of them is not a pass, so the operator knows why the fixes matter.
 */
export function BulkSenderRules({ headingLevel }: BulkSenderRulesProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const titleId = useId()
  return (
    <aside className="bulk-sender-rules" aria-labelledby={titleId}>
      <Heading id={titleId} className="bulk-sender-rules__title">
        Google and Yahoo bulk-sender requirements (since February 2024)
      </Heading>
      <p>Bulk senders (for Google, 5,000 or more messages a day to Gmail addresses) must have:</p>
      <ul>
        <li>SPF and DKIM both passing for the sending domain</li>
        <li>a DMARC record with at least p=none</li>
        <li>a From address aligned with the SPF or DKIM domain</li>
        <li>one-click unsubscribe in marketing mail</li>
        <li>a spam complaint rate under 0.3%</li>
      </ul>
      <p className="bulk-sender-rules__links">
        <a href="https://support.google.com/a/answer/81126" target="_blank" rel="noreferrer">
          Google: email sender guidelines
        </a>{' '}
        ·{' '}
        <a href="https://senders.yahooinc.com/best-practices/" target="_blank" rel="noreferrer">
          Yahoo: sender best practices
        </a>
      </p>
    </aside>
  )
}

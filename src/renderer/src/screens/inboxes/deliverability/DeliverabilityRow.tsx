import { useId } from 'react'
import type { DeliverabilityItem } from '../../../../../shared/contract/mail-discovery'
import { CHECK_TEXT, STATUS_TEXT } from './deliverability-text'

/** Props: one check's finding, and the heading level of its name. */
export interface DeliverabilityRowProps {
  item: DeliverabilityItem
  headingLevel: 3 | 4
}

/** One deliverability check: name, status (icon and word), what was found, the DNS record read, and the fix. */
export function DeliverabilityRow({ item, headingLevel }: DeliverabilityRowProps) {
  const text = CHECK_TEXT[item.id] ?? { name: String(item.id).toUpperCase(), purpose: '' }
  const status = STATUS_TEXT[item.status]
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const headingId = useId()
  return (
    <li className={`deliverability-check deliverability-check--${item.status}`} aria-labelledby={headingId}>
      <div className="deliverability-check__head">
        <Heading id={headingId} className="deliverability-check__name">
          {text.name}
        </Heading>
        <span className="deliverability-check__status">
          <span className="deliverability-check__icon" aria-hidden="true">
            {status.icon}
          </span>
          {status.word}
        </span>
      </div>
      <div className="deliverability-check__body">
        {text.purpose ? <p className="deliverability-check__purpose">{text.purpose}</p> : null}
        <p className="deliverability-check__summary">{item.summary}</p>
        {item.record !== null ? (
          <div className="deliverability-check__record">
            <span className="deliverability-check__label">Record found</span>
            <code>{item.record}</code>
          </div>
        ) : (
          <p className="deliverability-check__no-record">No record found.</p>
        )}
        {item.status !== 'pass' && item.fix ? (
          <p className="deliverability-check__fix">
            <strong>Fix:</strong> {item.fix}
          </p>
        ) : null}
      </div>
    </li>
  )
}

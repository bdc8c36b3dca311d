import { useId } from 'react'
import { Link } from 'react-router'
import type { ErrorLogFilter, ErrorLogGroup } from '../../../../../shared/contract/error-log'
import { formatDateTime } from '../../../format/dates'
import { GroupRecords } from './GroupRecords'
import { recordPath } from '../record/record-source'
import { statusText, timesText } from './record-text'
import { Sparkline } from './Sparkline'

/** Props: one group, the span its sparkline divides, the filter (for its records), and whether it is open. */
export interface GroupRowProps {
  group: ErrorLogGroup
  range: { from: string | null; to: string | null }
  filter: ErrorLogFilter
  expanded: boolean
  onToggle: () => void
}

/**
 * One issue row: the short detail, operation, kind, status, how often, first and last seen, the
 * profiles affected, a sparkline, and "Show N records" to unfold the individual records.
 */
export function GroupRow({ group, range, filter, expanded, onToggle }: GroupRowProps) {
  const id = useId()
  const records = group.count === 1 ? '1 record' : `${group.count.toLocaleString()} records`
  return (
    <article className="error-group" aria-labelledby={`${id}-title`}>
      <div className="error-group__main">
        <h3 id={`${id}-title`} className="error-group__title" title={group.title}>
          {group.title || '(no detail)'}
        </h3>
        <p className="error-group__facts">
          <span className="error-group__op">{group.operation}</span>
          <span className="badge">{group.kind}</span>
          <span>Status {statusText(group.status)}</span>
          <span>{timesText(group.count)}</span>
          <span>First seen {formatDateTime(group.firstSeen)}</span>
          <span>Last seen {formatDateTime(group.lastSeen)}</span>
          {group.profiles.length > 0 ? <span>Profiles: {group.profiles.join(', ')}</span> : null}
        </p>
      </div>
      <div className="error-group__side">
        <Sparkline buckets={group.buckets} range={range} />
        <div className="button-row">
          <button type="button" aria-expanded={expanded} aria-controls={expanded ? `${id}-records` : undefined} onClick={onToggle}>
            {expanded ? `Hide ${records}` : `Show ${records}`}
          </button>
          <Link to={recordPath(group.latestId, filter.source)} aria-describedby={`${id}-title`}>
            Open latest
          </Link>
        </div>
      </div>
      {expanded ? <GroupRecords id={`${id}-records`} filter={filter} fingerprint={group.fingerprint} title={group.title} /> : null}
    </article>
  )
}

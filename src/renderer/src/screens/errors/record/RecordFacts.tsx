import type { ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { FactList, type Fact } from '../../../components/FactList'
import { formatDateTime } from '../../../format/dates'
import { CopyButton } from './CopyButton'
import { durationText, requestLine, statusText } from './record-text'

/** The facts of one record as label → value rows: when, who, what was asked, what came back, and how often it was tried. */
export function RecordFacts({ record }: { record: ErrorLogRecord }) {
  const facts: Fact[] = [
    ['When', <time dateTime={record.time}>{formatDateTime(record.time)}</time>],
    ['Profile', record.profileName ?? record.profileId],
    ['Operation', <code>{record.operation}</code>],
    ['Request', requestLine(record) ? <code>{requestLine(record)}</code> : undefined],
    ['HTTP status', statusText(record.status)],
    ['Kind', record.kind],
    [
      'Request ID',
      record.requestId ? (
        <span className="button-row">
          <code>{record.requestId}</code>
          <CopyButton label="Copy request ID" text={() => record.requestId ?? ''} />
        </span>
      ) : undefined
    ],
    ['Attempts', record.attempts],
    ['Duration', durationText(record.durationMs) ?? undefined]
  ]
  return <FactList facts={facts} />
}

import type { ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { guidanceFor } from './guidance-for'
import { durationText, locText, requestLine, statusText } from './record-text'
import { stripKeys } from './strip-keys'

/** What the report adds beyond the record: the console version, when the shell told it. */
export interface ReportContext {
  version?: string | null
}

/**
 * A support-ticket summary of one recorded failure as plain text: time, operation, request, status,
 * kind, message, the server's detail verbatim, issues, request id, attempts, the console's fix and
 * version. Never a key: the record is redacted by the core, and key-shaped text is stripped again here.
 */
export function reportText(record: ErrorLogRecord, context: ReportContext = {}): string {
  const lines: string[] = ['ColdSend console error report', '']
  const row = (label: string, value: string | number | null | undefined) => {
    if (value !== undefined && value !== null && value !== '') lines.push(`${label}: ${value}`)
  }
  row('Time', record.time)
  row('Console version', context.version)
  row('Profile', record.profileName ?? record.profileId)
  row('Operation', record.operation)
  row('Request', requestLine(record))
  row('HTTP status', statusText(record.status))
  row('Kind', record.kind)
  row('Message', record.message)
  row('Request ID', record.requestId)
  row('Attempts', record.attempts)
  row('Duration', durationText(record.durationMs))
  const fix = guidanceFor(record.guidance)
  if (record.guidance) row('Guidance', fix ? `${fix.title} (${record.guidance})` : record.guidance)
  if (record.detail) lines.push('', 'Detail (verbatim):', record.detail)
  if (record.issues?.length) {
    lines.push('', 'Validation issues:')
    for (const issue of record.issues) lines.push(`- ${locText(issue.loc)}${issue.path ? ` (field ${issue.path})` : ''}: ${issue.msg}`)
  }
  return stripKeys(lines.join('\n')) + '\n'
}

import { ErrorLogRecordSchema, type ErrorLogRecord } from '../../../../../shared/contract/error-log'

/** The records of a JSONL text (the core's export); lines that are not a valid record are left out. */
export function jsonlRecords(text: string): ErrorLogRecord[] {
  const records: ErrorLogRecord[] = []
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue
    try {
      const parsed = ErrorLogRecordSchema.safeParse(JSON.parse(line))
      if (parsed.success) records.push(parsed.data)
    } catch {
      // A torn line: skipped, like the core does.
    }
  }
  return records
}

import { ErrorLogRecordSchema, type ErrorLogRecord } from '../../../shared/contract/error-log'
import { isCertainlyRecord } from './record-check'
import type { SealedRecord } from './seal-record'

/** Encodes one sealed record as a JSONL line; typed so only redacted records can become bytes. */
export function encodeLine(record: SealedRecord): Buffer {
  return Buffer.from(JSON.stringify(record) + '\n', 'utf8')
}

/** Records parsed from some text, and how many non-blank lines were damaged (skipped). */
export interface ParsedLines {
  records: ErrorLogRecord[]
  badLines: number
}

/**
 * Parses JSONL tolerantly: blank lines ignored, torn/corrupt/foreign lines counted and skipped, never
 * thrown. Each line must pass the record schema (lines the log wrote itself pass its fast check first).
 */
export function parseLines(text: string): ParsedLines {
  const records: ErrorLogRecord[] = []
  let badLines = 0
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') continue
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      badLines += 1
      continue
    }
    if (isCertainlyRecord(json)) {
      records.push(json)
      continue
    }
    const parsed = ErrorLogRecordSchema.safeParse(json)
    if (parsed.success) records.push(parsed.data)
    else badLines += 1
  }
  return { records, badLines }
}

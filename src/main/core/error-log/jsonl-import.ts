import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import { parseLines } from './line-codec'
import { sealRecord, type SealedRecord } from './seal-record'
import type { Redactor } from '../log/redactor'

/** Most records an imported view holds; lines past it count as skipped. */
export const MAX_IMPORTED_RECORDS = 200_000

/** Result of parsing an imported JSONL text. */
export interface ParsedImport {
  records: SealedRecord[]
  skipped: number
}

/**
 * Parses someone's exported log: every line is checked against the record schema (bad ones counted,
 * never fatal) and then sealed again, so a file written by an older or foreign console cannot
 * bring a secret into this one.
 */
export function parseImport(text: string, scrub: Redactor, now: Date): ParsedImport {
  const { records, badLines } = parseLines(text.replace(/^\uFEFF/, ''))
  const kept = records.slice(0, MAX_IMPORTED_RECORDS)
  return {
    records: kept.map((r: ErrorLogRecord) => sealRecord(r, scrub, { id: r.id, now })),
    skipped: badLines + (records.length - kept.length)
  }
}

import type { ErrorLogExport, ErrorLogRecord } from '../../../shared/contract/error-log'
import { encodeLine } from './line-codec'
import type { SealedRecord } from './seal-record'

/**
 * Matching records (oldest first) as JSONL, each passed through `seal` on the way out; past
 * `maxBytes` the newest that fit are kept and `omitted` counts the older ones left out (an export is
 * one file someone can import, so it must stay under the import cap).
 */
export function exportLines(matches: readonly ErrorLogRecord[], seal: (r: ErrorLogRecord) => SealedRecord, maxBytes: number): ErrorLogExport {
  const lines: Buffer[] = []
  let bytes = 0
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const line = encodeLine(seal(matches[i]!))
    if (bytes + line.length > maxBytes) break
    bytes += line.length
    lines.push(line)
  }
  return { text: Buffer.concat(lines.reverse()).toString('utf8'), count: lines.length, omitted: matches.length - lines.length }
}

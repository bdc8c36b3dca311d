import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import { groupOf, haystackOf, statusClassOf, timeOf } from './record-facts'

/** A parsed filter (defaults applied) as the pure query functions take it. */
export interface RecordFilter {
  from?: string
  to?: string
  status?: number | number[]
  statusClass?: StatusClassFilter | StatusClassFilter[]
  kind?: string | string[]
  operation?: string | string[]
  profileId?: string | string[]
  fingerprint?: string
  text?: string
}

/** The status classes a filter may ask for. */
export type StatusClassFilter = '4xx' | '5xx' | 'none'

/** Paging: a cursor from the previous page wins over an offset. */
export interface RecordPaging {
  limit: number
  cursor?: string
  offset?: number
}

/** One page of matches, newest first. */
export interface RecordPage {
  records: ErrorLogRecord[]
  total: number
  nextCursor: string | null
}

const list = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

/** Builds the predicate for a filter: every given field must match; a list matches any of its values. */
export function matcher(filter: RecordFilter): (r: ErrorLogRecord) => boolean {
  const from = filter.from ? Date.parse(filter.from) : -Infinity
  const to = filter.to ? Date.parse(filter.to) : Infinity
  const status = list(filter.status)
  const statusClass = list(filter.statusClass)
  const kind = list(filter.kind)
  const operation = list(filter.operation)
  const profile = list(filter.profileId)
  const needle = filter.text?.trim().toLowerCase() || undefined
  const fingerprint = filter.fingerprint
  return (r) => {
    const t = timeOf(r)
    if (t < from || t > to) return false
    if (status && (r.status === undefined || !status.includes(r.status))) return false
    if (statusClass && !(statusClass as string[]).includes(statusClassOf(r))) return false
    if (kind && !kind.includes(r.kind)) return false
    if (operation && !operation.includes(r.operation)) return false
    if (profile && (r.profileId === undefined || !profile.includes(r.profileId))) return false
    if (fingerprint !== undefined && groupOf(r).fingerprint !== fingerprint) return false
    return needle === undefined || haystackOf(r).includes(needle)
  }
}

/** Matching records in chronological (file) order; ties in time keep their write order. */
export function filterRecords(chronological: readonly ErrorLogRecord[], filter: RecordFilter): ErrorLogRecord[] {
  return chronological.filter(matcher(filter))
}

/** Newest first; ties keep reverse write order. Logs are nearly always already in time order, so that case is a plain reverse. */
function newestFirst(chronological: readonly ErrorLogRecord[]): ErrorLogRecord[] {
  let ordered = true
  for (let i = 1; i < chronological.length && ordered; i += 1) ordered = timeOf(chronological[i - 1]!) <= timeOf(chronological[i]!)
  if (ordered) return [...chronological].reverse()
  const indexed = chronological.map((record, seq) => ({ record, seq, t: timeOf(record) }))
  indexed.sort((a, b) => b.t - a.t || b.seq - a.seq)
  return indexed.map((x) => x.record)
}

function encodeCursor(r: ErrorLogRecord): string {
  return Buffer.from(JSON.stringify([r.time, r.id])).toString('base64url')
}

function decodeCursor(cursor: string): { time: number; id: string } | null {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    return typeof time === 'string' && typeof id === 'string' ? { time: Date.parse(time), id } : null
  } catch {
    return null
  }
}

/** Where a page starts: just after the cursor's record (or, if it rotated away, at the first older record). */
function startIndex(sorted: readonly ErrorLogRecord[], paging: RecordPaging): number {
  if (paging.cursor === undefined) return paging.offset ?? 0
  const at = decodeCursor(paging.cursor)
  if (!at) return 0
  const exact = sorted.findIndex((r) => r.id === at.id && timeOf(r) === at.time)
  if (exact >= 0) return exact + 1
  const older = sorted.findIndex((r) => timeOf(r) < at.time)
  return older >= 0 ? older : sorted.length
}

/**
 * Filters, sorts newest first and pages. A cursor (time + id of the last record shown) keeps pages
 * stable while new errors arrive, which an offset does not.
 */
export function queryRecords(chronological: readonly ErrorLogRecord[], filter: RecordFilter, paging: RecordPaging): RecordPage {
  const sorted = newestFirst(filterRecords(chronological, filter))
  const start = startIndex(sorted, paging)
  const records = sorted.slice(start, start + paging.limit)
  const last = records.at(-1)
  const more = start + records.length < sorted.length
  return { records, total: sorted.length, nextCursor: more && last ? encodeCursor(last) : null }
}

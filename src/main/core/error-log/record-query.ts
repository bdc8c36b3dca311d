import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import type { RecordView } from './record-view'

/** The status classes a filter may ask for. */
export type StatusClassFilter = '4xx' | '5xx' | 'none'

/** A parsed filter (defaults applied) as the pure query functions take it. */
export interface RecordFilter {
  from?: string
  to?: string
  status?: number | number[]
  statusClass?: StatusClassFilter | StatusClassFilter[]
  kind?: string | string[]
  operation?: string | string[]
  profileId?: string | string[]
  /** Only the records of one group (see `fingerprintOf`). */
  fingerprint?: string
  text?: string
}

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

/**
 * Builds the predicate for a filter over a view's record indices: every given field must match; a
 * list matches any of its values. Cheap tests run first, the text search last.
 */
export function matcher(view: RecordView, filter: RecordFilter): (i: number) => boolean {
  const from = filter.from ? Date.parse(filter.from) : -Infinity
  const to = filter.to ? Date.parse(filter.to) : Infinity
  const status = list(filter.status)
  const statusClass = list(filter.statusClass) as string[] | undefined
  const kind = list(filter.kind)
  const operation = list(filter.operation)
  const profile = list(filter.profileId)
  const needle = filter.text?.trim().toLowerCase() || undefined
  const fingerprint = filter.fingerprint
  return (i) => {
    const t = view.time(i)
    if (t < from || t > to) return false
    const r = view.records[i]!
    if (status && (r.status === undefined || !status.includes(r.status))) return false
    if (statusClass && !statusClass.includes(view.statusClass(i))) return false
    if (kind && !kind.includes(r.kind)) return false
    if (operation && !operation.includes(r.operation)) return false
    // by id, or by name: an imported log's profiles exist only as the names they had on the other machine
    if (profile && !((r.profileId !== undefined && profile.includes(r.profileId)) || (r.profileName !== undefined && profile.includes(r.profileName)))) return false
    if (fingerprint !== undefined && view.fingerprint(i) !== fingerprint) return false
    return needle === undefined || view.haystack(i).includes(needle)
  }
}

/** Indices of the matching records in chronological (file) order; ties in time keep their write order. */
export function filterIndices(view: RecordView, filter: RecordFilter): number[] {
  const matches = matcher(view, filter)
  const out: number[] = []
  for (let i = 0; i < view.length; i += 1) if (matches(i)) out.push(i)
  return out
}

/** Matching records in chronological (file) order. */
export function filterRecords(view: RecordView, filter: RecordFilter): ErrorLogRecord[] {
  return filterIndices(view, filter).map((i) => view.records[i]!)
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
function startIndex(view: RecordView, sorted: readonly number[], paging: RecordPaging): number {
  if (paging.cursor === undefined) return paging.offset ?? 0
  const at = decodeCursor(paging.cursor)
  if (!at) return 0
  const exact = sorted.findIndex((i) => view.records[i]!.id === at.id && view.time(i) === at.time)
  if (exact >= 0) return exact + 1
  const older = sorted.findIndex((i) => view.time(i) < at.time)
  return older >= 0 ? older : sorted.length
}

/**
 * Filters, sorts newest first and pages. A cursor (time + id of the last record shown) keeps pages
 * stable while new errors arrive, which an offset does not.
 */
export function queryRecords(view: RecordView, filter: RecordFilter, paging: RecordPaging): RecordPage {
  const matches = matcher(view, filter)
  const sorted: number[] = []
  for (const i of view.newestFirst()) if (matches(i)) sorted.push(i)
  const start = startIndex(view, sorted, paging)
  const records = sorted.slice(start, start + paging.limit).map((i) => view.records[i]!)
  const last = records.at(-1)
  const more = start + records.length < sorted.length
  return { records, total: sorted.length, nextCursor: more && last ? encodeCursor(last) : null }
}

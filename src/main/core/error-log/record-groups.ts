import type { ErrorLogGroup } from '../../../shared/contract/error-log'
import { filterIndices, type RecordFilter } from './record-query'
import type { RecordView } from './record-view'

/** Paging over groups and how many sparkline buckets each gets. */
export interface GroupPaging {
  limit: number
  offset: number
  buckets: number
}

/** Groups of one filter: a page of issue rows plus totals over every match. */
export interface RecordGroups {
  groups: ErrorLogGroup[]
  totalGroups: number
  totalRecords: number
  kinds: Record<string, number>
  range: { from: string | null; to: string | null }
}

/** Most profiles listed per group (the contract's cap). */
const MAX_PROFILES = 20

interface Fold {
  fingerprint: string
  first: number
  latest: number
  count: number
  profiles: Set<string>
  members: number[]
}

interface Span {
  from: number
  to: number
}

/** The sparkline span: the filter's bounds where given, else the oldest and newest matching records. */
function spanOf(view: RecordView, matches: readonly number[], filter: RecordFilter): Span | null {
  if (matches.length === 0) return null
  let oldest = Infinity
  let newest = -Infinity
  for (const i of matches) {
    const t = view.time(i)
    if (t < oldest) oldest = t
    if (t > newest) newest = t
  }
  return { from: filter.from ? Date.parse(filter.from) : oldest, to: filter.to ? Date.parse(filter.to) : newest }
}

function fold(view: RecordView, matches: readonly number[]): Map<string, Fold> {
  const folds = new Map<string, Fold>()
  for (const i of matches) {
    const fingerprint = view.fingerprint(i)
    let f = folds.get(fingerprint)
    if (!f) {
      f = { fingerprint, first: i, latest: i, count: 0, profiles: new Set(), members: [] }
      folds.set(fingerprint, f)
    }
    f.count += 1
    f.members.push(i)
    const t = view.time(i)
    if (t < view.time(f.first)) f.first = i
    // ">=": among records of the same instant the one written last is the latest.
    if (t >= view.time(f.latest)) f.latest = i
    const r = view.records[i]!
    const who = r.profileName ?? r.profileId
    if (who !== undefined && f.profiles.size < MAX_PROFILES) f.profiles.add(who)
  }
  return folds
}

function buckets(view: RecordView, members: readonly number[], span: Span, n: number): number[] {
  const counts = new Array<number>(n).fill(0)
  const width = span.to - span.from
  for (const i of members) {
    const slot = width <= 0 ? n - 1 : Math.floor(((view.time(i) - span.from) / width) * n)
    counts[Math.min(n - 1, Math.max(0, slot))]! += 1
  }
  return counts
}

function toGroup(view: RecordView, f: Fold, span: Span, n: number): ErrorLogGroup {
  const latest = view.records[f.latest]!
  return {
    fingerprint: f.fingerprint,
    operation: latest.operation,
    kind: latest.kind,
    ...(latest.status !== undefined ? { status: latest.status } : {}),
    title: view.title(f.latest),
    count: f.count,
    firstSeen: view.records[f.first]!.time,
    lastSeen: latest.time,
    profiles: [...f.profiles].sort((a, b) => a.localeCompare(b)),
    buckets: buckets(view, f.members, span, n),
    latestId: latest.id
  }
}

/**
 * Folds the matching records into issue rows like an error tracker's: one row per fingerprint with
 * its count, first/last seen, profiles and a sparkline; rows most recently seen first, then paged.
 * Counts per kind and totals cover every match, not just the page.
 */
export function groupRecords(view: RecordView, filter: RecordFilter, paging: GroupPaging): RecordGroups {
  const matches = filterIndices(view, filter)
  const perKind = new Map<string, number>()
  for (const i of matches) {
    const kind = view.records[i]!.kind
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1)
  }
  const span = spanOf(view, matches, filter)
  const folds = [...fold(view, matches).values()].sort(
    (a, b) => view.time(b.latest) - view.time(a.latest) || b.count - a.count || a.fingerprint.localeCompare(b.fingerprint)
  )
  const page = span ? folds.slice(paging.offset, paging.offset + paging.limit).map((f) => toGroup(view, f, span, paging.buckets)) : []
  return {
    groups: page,
    totalGroups: folds.length,
    totalRecords: matches.length,
    kinds: Object.fromEntries(perKind),
    range: span ? { from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString() } : { from: null, to: null }
  }
}

import type { ErrorLogGroup, ErrorLogRecord } from '../../../shared/contract/error-log'
import { groupOf, timeOf } from './record-facts'
import { filterRecords, type RecordFilter } from './record-query'

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
  title: string
  first: ErrorLogRecord
  latest: ErrorLogRecord
  firstTime: number
  lastTime: number
  count: number
  profiles: Set<string>
  times: number[]
}

/** The sparkline span: the filter's bounds where given, else the oldest and newest matching records. */
function spanOf(matches: readonly ErrorLogRecord[], filter: RecordFilter): { from: number; to: number } | null {
  if (matches.length === 0) return null
  let oldest = Infinity
  let newest = -Infinity
  for (const r of matches) {
    const t = timeOf(r)
    if (t < oldest) oldest = t
    if (t > newest) newest = t
  }
  return { from: filter.from ? Date.parse(filter.from) : oldest, to: filter.to ? Date.parse(filter.to) : newest }
}

function fold(matches: readonly ErrorLogRecord[]): Map<string, Fold> {
  const folds = new Map<string, Fold>()
  for (const record of matches) {
    const { fingerprint, title } = groupOf(record)
    const t = timeOf(record)
    let f = folds.get(fingerprint)
    if (!f) {
      f = { fingerprint, title, first: record, latest: record, firstTime: t, lastTime: t, count: 0, profiles: new Set(), times: [] }
      folds.set(fingerprint, f)
    }
    f.count += 1
    f.times.push(t)
    if (t < f.firstTime) [f.first, f.firstTime] = [record, t]
    // ">=": among records of the same instant the one written last is the latest.
    if (t >= f.lastTime) [f.latest, f.lastTime] = [record, t]
    const who = record.profileName ?? record.profileId
    if (who !== undefined && f.profiles.size < MAX_PROFILES) f.profiles.add(who)
  }
  return folds
}

function buckets(times: readonly number[], span: { from: number; to: number }, n: number): number[] {
  const counts = new Array<number>(n).fill(0)
  const width = span.to - span.from
  for (const t of times) {
    const i = width <= 0 ? n - 1 : Math.floor(((t - span.from) / width) * n)
    counts[Math.min(n - 1, Math.max(0, i))]! += 1
  }
  return counts
}

function toGroup(f: Fold, span: { from: number; to: number }, n: number): ErrorLogGroup {
  return {
    fingerprint: f.fingerprint,
    operation: f.latest.operation,
    kind: f.latest.kind,
    ...(f.latest.status !== undefined ? { status: f.latest.status } : {}),
    title: f.title,
    count: f.count,
    firstSeen: f.first.time,
    lastSeen: f.latest.time,
    profiles: [...f.profiles].sort((a, b) => a.localeCompare(b)),
    buckets: buckets(f.times, span, n),
    latestId: f.latest.id
  }
}

/**
 * Folds the matching records into issue rows like an error tracker's: one row per fingerprint with
 * its count, first/last seen, profiles and a sparkline; rows most recently seen first, then paged.
 * Counts per kind and totals cover every match, not just the page.
 */
export function groupRecords(chronological: readonly ErrorLogRecord[], filter: RecordFilter, paging: GroupPaging): RecordGroups {
  const matches = filterRecords(chronological, filter)
  const perKind = new Map<string, number>()
  for (const r of matches) perKind.set(r.kind, (perKind.get(r.kind) ?? 0) + 1)
  const span = spanOf(matches, filter)
  const folds = [...fold(matches).values()].sort((a, b) => b.lastTime - a.lastTime || b.count - a.count || a.fingerprint.localeCompare(b.fingerprint))
  const page = span ? folds.slice(paging.offset, paging.offset + paging.limit).map((f) => toGroup(f, span, paging.buckets)) : []
  return {
    groups: page,
    totalGroups: folds.length,
    totalRecords: matches.length,
    kinds: Object.fromEntries(perKind),
    range: span ? { from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString() } : { from: null, to: null }
  }
}

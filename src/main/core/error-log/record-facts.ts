import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import { fingerprintOf, type Fingerprint } from './fingerprint'

/** Status class of a record: `4xx`, `5xx`, `none` (no HTTP answer), or `other` (1xx–3xx and odd codes). */
export type StatusClass = '4xx' | '5xx' | 'none' | 'other'

/** Values derived from a record that filters, sorting and grouping need again and again. */
interface Facts {
  time: number
  statusClass: StatusClass
  group?: Fingerprint
  haystack?: string
}

/**
 * Derived values, computed once per parsed record. Parsed records are immutable objects held by the
 * reader's cache, so a WeakMap keyed by them is invalidated for free: when a file is re-read, rotated
 * away or cleared, its records (and these facts) are simply collected.
 */
const facts = new WeakMap<ErrorLogRecord, Facts>()

function factsOf(record: ErrorLogRecord): Facts {
  let known = facts.get(record)
  if (!known) {
    known = { time: Date.parse(record.time), statusClass: classify(record.status) }
    facts.set(record, known)
  }
  return known
}

function classify(status: number | undefined): StatusClass {
  if (status === undefined || status === 0) return 'none'
  if (status >= 400 && status < 500) return '4xx'
  if (status >= 500 && status < 600) return '5xx'
  return 'other'
}

/** The record's time in epoch milliseconds. */
export function timeOf(record: ErrorLogRecord): number {
  return factsOf(record).time
}

/** The record's status class (`none` when the failure got no HTTP status). */
export function statusClassOf(record: ErrorLogRecord): StatusClass {
  return factsOf(record).statusClass
}

/** The record's group fingerprint and title (see `fingerprintOf`). */
export function groupOf(record: ErrorLogRecord): Fingerprint {
  const known = factsOf(record)
  known.group ??= fingerprintOf(record)
  return known.group
}

/** Lower-cased text the full-text filter searches: message, detail, issues, operation, path, profile name, request id. */
export function haystackOf(record: ErrorLogRecord): string {
  const known = factsOf(record)
  if (known.haystack === undefined) {
    const issues = (record.issues ?? []).map((i) => `${i.loc.join('.')} ${i.path} ${i.msg}`)
    known.haystack = [record.message, record.detail, record.operation, record.path, record.profileName, record.requestId, ...issues]
      .filter(Boolean)
      .join('\n')
      .toLowerCase()
  }
  return known.haystack
}

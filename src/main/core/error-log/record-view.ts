import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import { fingerprintFrom, normaliseText } from './fingerprint'

/** Status class of a record: `4xx`, `5xx`, `none` (no HTTP answer), or `other` (1xx–3xx and odd codes). */
export type StatusClass = '4xx' | '5xx' | 'none' | 'other'

const CLASSES: readonly StatusClass[] = ['none', '4xx', '5xx', 'other']

function classify(status: number | undefined): number {
  if (status === undefined || status === 0) return 0
  if (status >= 400 && status < 500) return 1
  if (status >= 500 && status < 600) return 2
  return 3
}

function haystack(r: ErrorLogRecord): string {
  const issues = (r.issues ?? []).map((i) => `${i.loc.join('.')} ${i.path} ${i.msg}`)
  return [r.message, r.detail, r.operation, r.path, r.profileName, r.requestId, ...issues].filter(Boolean).join('\n').toLowerCase()
}

/**
 * An immutable list of records (oldest first, file order) with the values filters, sorting and
 * grouping need, computed once per record and kept in flat arrays: times and status classes at
 * once, fingerprints and search text on first use. A view built from a log that only grew since
 * the previous view copies what that one already computed, so an append costs only its new records.
 */
export class RecordView {
  private readonly times: Float64Array
  private readonly classes: Uint8Array
  private fingerprints: string[] | null = null
  private titles: string[] | null = null
  private haystacks: Array<string | undefined> | null = null
  private order: Int32Array | null = null

  constructor(
    /** The records, oldest first; never mutated. */
    readonly records: readonly ErrorLogRecord[],
    previous?: RecordView | null
  ) {
    const n = records.length
    const reuse = previous && previous.extendsTo(records) ? previous.records.length : 0
    this.times = new Float64Array(n)
    this.classes = new Uint8Array(n)
    if (reuse > 0 && previous) {
      this.times.set(previous.times.subarray(0, reuse))
      this.classes.set(previous.classes.subarray(0, reuse))
      if (previous.fingerprints && previous.titles) {
        this.fingerprints = previous.fingerprints.slice(0, reuse)
        this.titles = previous.titles.slice(0, reuse)
        this.fillGroups(reuse)
      }
      if (previous.haystacks) this.haystacks = previous.haystacks.slice(0, reuse)
    }
    for (let i = reuse; i < n; i += 1) {
      const r = records[i]!
      this.times[i] = Date.parse(r.time)
      this.classes[i] = classify(r.status)
    }
  }

  /** Number of records. */
  get length(): number {
    return this.records.length
  }

  /** Record `i`'s time in epoch milliseconds. */
  time(i: number): number {
    return this.times[i]!
  }

  /** Record `i`'s status class. */
  statusClass(i: number): StatusClass {
    return CLASSES[this.classes[i]!]!
  }

  /** Record `i`'s group fingerprint (all fingerprints are computed on the first call). */
  fingerprint(i: number): string {
    return (this.fingerprints ?? this.computeGroups())[i]!
  }

  /** Record `i`'s group title (the normalised detail or message). */
  title(i: number): string {
    if (!this.titles) this.computeGroups()
    return this.titles![i]!
  }

  /** Record `i`'s lower-cased search text (computed on first use, then kept). */
  haystack(i: number): string {
    this.haystacks ??= new Array<string | undefined>(this.length)
    return (this.haystacks[i] ??= haystack(this.records[i]!))
  }

  /** Indices newest first; ties keep reverse write order. Logs are nearly always in time order: then it is a plain reverse. */
  newestFirst(): Int32Array {
    if (this.order) return this.order
    const n = this.length
    const order = new Int32Array(n)
    for (let i = 0; i < n; i += 1) order[i] = n - 1 - i
    let sorted = true
    for (let i = 1; i < n && sorted; i += 1) sorted = this.times[i - 1]! <= this.times[i]!
    if (!sorted) order.sort((a, b) => this.times[b]! - this.times[a]! || b - a)
    this.order = order
    return order
  }

  /** True when `records` is this view's records followed by more (the log only grew). */
  private extendsTo(records: readonly ErrorLogRecord[]): boolean {
    const n = this.records.length
    return n > 0 && records.length >= n && records[0] === this.records[0] && records[n - 1] === this.records[n - 1]
  }

  private computeGroups(): string[] {
    this.fingerprints = []
    this.titles = []
    this.fillGroups(0)
    return this.fingerprints
  }

  /** Computes fingerprints from `from` on; equal texts are normalised once, and equal results share one string. */
  private fillGroups(from: number): void {
    const fingerprints = this.fingerprints!
    const titles = this.titles!
    const titleOf = new Map<string, string>()
    const shared = new Map<string, string>()
    for (let i = from; i < this.length; i += 1) {
      const r = this.records[i]!
      const text = r.detail ?? r.message
      let title = titleOf.get(text)
      if (title === undefined) titleOf.set(text, (title = normaliseText(text)))
      const fingerprint = fingerprintFrom(r, title)
      let one = shared.get(fingerprint)
      if (one === undefined) shared.set(fingerprint, (one = fingerprint))
      fingerprints[i] = one
      titles[i] = shared.get(title) ?? (shared.set(title, title), title)
    }
  }
}

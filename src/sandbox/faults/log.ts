import type { FaultKind } from './rule'

/** One fault served: appended when it starts, completed in place (`done`) when it has played out. */
export interface FaultLogEntry {
  /** 1, 2, 3… in the order faults fired. */
  seq: number
  /** When the fault fired (ISO-8601 with milliseconds). */
  at: string
  requestId: string
  method: string
  /** Path under the API base, without the query. */
  path: string
  /** The rule's name, or `#<n>` in push order. */
  rule: string
  kind: FaultKind
  /** Status the client received; null when the connection was dropped (or not yet answered). */
  status: number | null
  /** The real handler ran and answered 2xx/3xx, so its write (if any) is in the store. */
  committed: boolean
  /** What the real handler answered, or null when it did not run. */
  handlerStatus: number | null
  /** False while a delay or a stream is still in progress. */
  done: boolean
}

const LOG_CAPACITY = 1000

/** The most recent faults served (oldest dropped beyond 1,000 entries). */
export class FaultLog {
  readonly entries: FaultLogEntry[] = []
  private seq = 0

  // Starts an entry for a fault that is about to be served.
  open(fields: Pick<FaultLogEntry, 'requestId' | 'method' | 'path' | 'rule' | 'kind'>): FaultLogEntry {
    const entry: FaultLogEntry = { seq: ++this.seq, at: new Date().toISOString(), ...fields, status: null, committed: false, handlerStatus: null, done: false }
    this.entries.push(entry)
    if (this.entries.length > LOG_CAPACITY) this.entries.shift()
    return entry
  }

  // Forgets every entry (numbering carries on).
  clear(): void {
    this.entries.length = 0
  }
}

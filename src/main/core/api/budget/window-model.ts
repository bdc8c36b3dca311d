import type { WindowEvidence } from './evidence'

/** One server window as configured: how many requests per how long, and the safety margins. */
export interface WindowSpec {
  limit: number
  lengthMs: number
  /** Near the earliest possible end of a window, hold sends so none lands in the next window uncounted. */
  marginMs: number
  /** Added to a whole-second `X-RateLimit-Reset` so a window is never taken for over too early. */
  resetSlackMs: number
  /** Whether `X-RateLimit-Limit/Remaining/Reset` describe this window (true for the minute window). */
  readsHeaders: boolean
}

/** Why a request may not go now: until a time, or (null) until an in-flight request completes. */
export type WindowVerdict = { ok: true } | { ok: false; until: number | null }

/** Our requests counted against one server window (an "epoch" of the model). */
interface Epoch {
  id: number
  /** When the first request of this window was sent: the window cannot have opened earlier. */
  firstSentAt: number
  /** Upper bound of what the server has counted in this window. */
  count: number
  /** Upper bound of when the window ends; null until a response bounds the open time. */
  end: number | null
  /** A response carrying rate headers has been seen (so `end` is known). */
  evidence: boolean
  inFlight: number
  lastDoneAt: number | null
}

/**
 * A client-side model of one fixed server window (opened by the first counted request, reset one
 * length later). The server's open time lies between our first send and the first response in the
 * window, so `first response + length` is a safe end; the coarse `Reset` header is only a cross-check,
 * and `Remaining` corrects the count when someone else used the key. Never lets a request go early.
 */
export class WindowModel {
  private epoch: Epoch | null = null
  private nextId = 1
  /** The limit in force (the minute window adopts `X-RateLimit-Limit`). */
  limit: number

  constructor(private readonly spec: WindowSpec) {
    this.limit = spec.limit
  }

  /** When the current window surely ends (null: unknown yet, or no window open). */
  endAt(now: number): number | null {
    this.roll(now)
    return this.epoch === null ? null : this.endOf(this.epoch)
  }

  /** Requests left in the current window by our conservative count. */
  remaining(now: number): number {
    this.roll(now)
    return Math.max(0, this.limit - (this.epoch?.count ?? 0))
  }

  /** Whether one more request may go now while keeping `floor` requests in reserve. */
  check(now: number, floor: number): WindowVerdict {
    this.roll(now)
    const e = this.epoch
    if (e === null) return this.limit - floor >= 1 ? { ok: true } : { ok: false, until: null }
    const end = this.endOf(e)
    // The first request of a window is a probe: until its answer bounds the open time, send nothing else.
    if (!e.evidence && e.inFlight > 0) return { ok: false, until: null }
    if (e.count + 1 > this.limit - floor) return { ok: false, until: end }
    if (now >= e.firstSentAt + this.spec.lengthMs - this.spec.marginMs) return { ok: false, until: end }
    return { ok: true }
  }

  /** Counts a request sent now; returns the window it was counted in. */
  send(now: number): number {
    this.roll(now)
    if (this.epoch === null) {
      this.epoch = { id: this.nextId++, firstSentAt: now, count: 0, end: null, evidence: false, inFlight: 0, lastDoneAt: null }
    }
    this.epoch.count++
    this.epoch.inFlight++
    return this.epoch.id
  }

  /** Records a finished request: what its response said (null when there was no response). */
  done(epochId: number, now: number, evidence: WindowEvidence | null): void {
    const e = this.epoch
    if (e === null || e.id !== epochId) return // a request of a window already over: its headers describe that one
    e.inFlight--
    e.lastDoneAt = now
    if (evidence === null) return
    if (this.spec.readsHeaders && evidence.limit !== null) this.limit = evidence.limit
    if (evidence.status === 429) {
      if (!this.spec.readsHeaders && evidence.remaining === null) return
      e.evidence = true
      if (this.spec.readsHeaders) {
        e.count = Math.max(e.count, this.limit)
        const at = evidence.retryAt ?? now + this.spec.lengthMs
        e.end = Math.max(e.end ?? at, at)
      } else {
        e.end ??= now + this.spec.lengthMs
      }
      return
    }
    if (evidence.remaining === null) return // no rate headers (an error page, a proxy): nothing learned
    if (!e.evidence) {
      e.evidence = true
      e.end = now + this.spec.lengthMs
    }
    if (!this.spec.readsHeaders) return
    const serverCount = this.limit - evidence.remaining
    // More counted than we ever sent in this window: another client (or the hour window) is using the key.
    if (serverCount > e.count) e.count = serverCount + e.inFlight
    // A Reset a whole second past our bound means our model is wrong (or the hour window binds): trust the server.
    if (evidence.resetAt !== null && e.end !== null && evidence.resetAt - 1000 > e.end) e.end = evidence.resetAt + this.spec.resetSlackMs
  }

  // With no response in the window, the last completion bounds any open time we caused.
  private endOf(e: Epoch): number | null {
    if (e.end !== null) return e.end
    if (!e.evidence && e.inFlight === 0 && e.lastDoneAt !== null) return e.lastDoneAt + this.spec.lengthMs
    return null
  }

  // Forgets the window once it has surely ended.
  private roll(now: number): void {
    if (this.epoch === null) return
    const end = this.endOf(this.epoch)
    if (end !== null && now >= end) this.epoch = null
  }
}

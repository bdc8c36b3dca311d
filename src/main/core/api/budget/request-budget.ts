import { type Clock, systemClock } from '../clock'
import { PRIORITIES, type Priority } from '../priority'
import { type RequestBudgetState, StatePublisher } from './budget-state'
import type { WindowEvidence } from './evidence'
import { WindowModel, type WindowVerdict } from './window-model'

/** Limits and behaviour of one profile's request budget; every field has a production default. */
export interface RequestBudgetOptions {
  /** Documented 100 a minute; `X-RateLimit-Limit` replaces it once seen. */
  perMinute?: number
  /** Documented 1,000 an hour. */
  perHour?: number
  /** The "minute" window (60 s in production; tests shorten it together with the sandbox's). */
  windowMs?: number
  /** The "hour" window (default 60 × windowMs). */
  hourWindowMs?: number
  /** Requests in flight at once (default 8; interactive calls may use 2 more). */
  maxInFlight?: number
  interactiveExtraInFlight?: number
  /** Share of each window kept for interactive calls while someone is using the console (default 0.05). */
  interactiveReserve?: number
  /** Background work stops when less than this share of a window is left (default 0.2). */
  backgroundReserve?: number
  /** The interactive reserve is held this long after the last interactive call (default 2 × windowMs). */
  reserveHoldMs?: number
  /** See WindowSpec.marginMs (default 250). */
  boundaryMarginMs?: number
  /** See WindowSpec.resetSlackMs (default 1000). */
  resetSlackMs?: number
  clock?: Clock
  /** Receives the budget's state (coalesced to one call per `publishIntervalMs`, default 100). */
  onState?: (state: RequestBudgetState) => void
  publishIntervalMs?: number
}

/** Thrown when a call would have to wait for the budget longer than it may: `retryAt` is when it could go. */
export class BudgetRefusal extends Error {
  constructor(readonly retryAt: number | null) {
    super('request budget exhausted')
    this.name = 'BudgetRefusal'
  }
}

/** A granted slot: report how the request ended so the windows learn from it. */
export interface BudgetTicket {
  readonly sentAt: number
  /** Call exactly once: with what the response said, or null when no response came. */
  settle(evidence: WindowEvidence | null): void
}

interface Waiter {
  priority: Priority
  deadline: number | null
  resolve(ticket: BudgetTicket): void
  reject(error: BudgetRefusal): void
}

/**
 * One profile's client-side request limiter, under the server's minute and hour windows. Serves
 * interactive > bulk > background; background is held first when a window runs low, and a small
 * reserve is kept for interactive calls while the operator is active. Publishes its state.
 */
export class RequestBudget {
  private readonly minute: WindowModel
  private readonly hour: WindowModel
  private readonly queues: Record<Priority, Waiter[]> = { interactive: [], bulk: [], background: [] }
  private readonly clock: Clock
  private readonly publisher: StatePublisher | null
  private readonly o: Required<Omit<RequestBudgetOptions, 'clock' | 'onState'>>
  private inFlight = 0
  private lastInteractiveAt = -Infinity
  private cancelTimer: (() => void) | null = null
  private disposed = false

  constructor(options: RequestBudgetOptions = {}) {
    const windowMs = options.windowMs ?? 60_000
    this.o = {
      perMinute: options.perMinute ?? 100,
      perHour: options.perHour ?? 1000,
      windowMs,
      hourWindowMs: options.hourWindowMs ?? windowMs * 60,
      maxInFlight: options.maxInFlight ?? 8,
      interactiveExtraInFlight: options.interactiveExtraInFlight ?? 2,
      interactiveReserve: options.interactiveReserve ?? 0.05,
      backgroundReserve: options.backgroundReserve ?? 0.2,
      reserveHoldMs: options.reserveHoldMs ?? windowMs * 2,
      boundaryMarginMs: options.boundaryMarginMs ?? 250,
      resetSlackMs: options.resetSlackMs ?? 1000,
      publishIntervalMs: options.publishIntervalMs ?? 100
    }
    this.clock = options.clock ?? systemClock
    const margins = { marginMs: this.o.boundaryMarginMs, resetSlackMs: this.o.resetSlackMs }
    this.minute = new WindowModel({ limit: this.o.perMinute, lengthMs: windowMs, readsHeaders: true, ...margins })
    this.hour = new WindowModel({ limit: this.o.perHour, lengthMs: this.o.hourWindowMs, readsHeaders: false, ...margins })
    this.publisher = options.onState ? new StatePublisher(this.clock, this.o.publishIntervalMs, options.onState) : null
  }

  /** The slack the budget adds to whole-second reset times (the client uses the same for 429 waits). */
  get resetSlackMs(): number {
    return this.o.resetSlackMs
  }

  /**
   * Waits for a slot. Rejects with BudgetRefusal at once when the windows alone would hold the call
   * past `maxWaitMs`, or when `maxWaitMs` passes in the queue.
   */
  acquire(priority: Priority, maxWaitMs = Infinity): Promise<BudgetTicket> {
    const now = this.clock.now()
    if (priority === 'interactive') this.lastInteractiveAt = now
    return new Promise<BudgetTicket>((resolve, reject) => {
      if (this.disposed) return reject(new BudgetRefusal(null))
      const deadline = Number.isFinite(maxWaitMs) ? now + Math.max(0, maxWaitMs) : null
      if (deadline !== null) {
        const v = this.windowVerdict(priority, now)
        if (!v.ok && v.until !== null && v.until > deadline) return reject(new BudgetRefusal(v.until))
      }
      this.queues[priority].push({ priority, deadline, resolve, reject })
      this.pump()
    })
  }

  /** The current state (also pushed to `onState`). */
  state(): RequestBudgetState {
    const now = this.clock.now()
    const queued = { interactive: this.queues.interactive.length, bulk: this.queues.bulk.length, background: this.queues.background.length }
    let pausedUntil: number | null = null
    for (const p of PRIORITIES) {
      if (this.queues[p].length === 0) continue
      const v = this.windowVerdict(p, now)
      if (!v.ok) pausedUntil = v.until
      break
    }
    return {
      limit: this.minute.limit,
      remaining: Math.min(this.minute.remaining(now), this.hour.remaining(now)),
      resetAt: this.minute.endAt(now),
      hourLimit: this.hour.limit,
      hourRemaining: this.hour.remaining(now),
      hourResetAt: this.hour.endAt(now),
      queued,
      inFlight: this.inFlight,
      pausedUntil,
      backgroundPaused: !this.windowVerdict('background', now).ok
    }
  }

  /** Rejects every waiter and stops timers (profile removed, core closing). */
  dispose(): void {
    this.disposed = true
    this.cancelTimer?.()
    this.cancelTimer = null
    for (const p of PRIORITIES) for (const w of this.queues[p].splice(0)) w.reject(new BudgetRefusal(null))
    this.publisher?.dispose()
  }

  // Requests a priority must leave in a window: background keeps the most back, interactive nothing.
  private floor(priority: Priority, limit: number, now: number): number {
    if (priority === 'interactive') return 0
    const reserveHeld = now - this.lastInteractiveAt < this.o.reserveHoldMs
    const bulk = reserveHeld ? Math.floor(limit * this.o.interactiveReserve) : 0
    return priority === 'bulk' ? bulk : Math.max(bulk, Math.floor(limit * this.o.backgroundReserve))
  }

  // Whether both windows let one request of this priority go now.
  private windowVerdict(priority: Priority, now: number): WindowVerdict {
    const verdicts = [
      this.minute.check(now, this.floor(priority, this.minute.limit, now)),
      this.hour.check(now, this.floor(priority, this.hour.limit, now))
    ]
    const blocked = verdicts.filter((v): v is { ok: false; until: number | null } => !v.ok)
    if (blocked.length === 0) return { ok: true }
    if (blocked.some((v) => v.until === null)) return { ok: false, until: null }
    return { ok: false, until: Math.max(...blocked.map((v) => v.until as number)) }
  }

  private verdict(priority: Priority, now: number): WindowVerdict {
    const cap = this.o.maxInFlight + (priority === 'interactive' ? this.o.interactiveExtraInFlight : 0)
    if (this.inFlight >= cap) return { ok: false, until: null }
    return this.windowVerdict(priority, now)
  }

  // Grants what may go, expires waiters past their deadline, arms one timer for the next change.
  private pump(): void {
    if (this.disposed) return
    const now = this.clock.now()
    let wake = Infinity
    for (const p of PRIORITIES) {
      const queue = this.queues[p]
      while (queue.length > 0) {
        const v = this.verdict(p, now)
        if (!v.ok) {
          if (v.until !== null) wake = Math.min(wake, v.until)
          break
        }
        this.grant(queue.shift()!, now)
      }
      for (const w of [...queue]) {
        if (w.deadline === null) continue
        if (now >= w.deadline) {
          queue.splice(queue.indexOf(w), 1)
          const v = this.windowVerdict(p, now)
          w.reject(new BudgetRefusal(v.ok ? null : v.until))
        } else wake = Math.min(wake, w.deadline)
      }
    }
    const reserveEnds = this.lastInteractiveAt + this.o.reserveHoldMs
    if (reserveEnds > now && (this.queues.bulk.length > 0 || this.queues.background.length > 0)) wake = Math.min(wake, reserveEnds)
    this.arm(wake, now)
    this.publisher?.update(this.state())
  }

  private arm(at: number, now: number): void {
    this.cancelTimer?.()
    this.cancelTimer = Number.isFinite(at) ? this.clock.setTimer(() => this.pump(), Math.max(0, at - now)) : null
  }

  private grant(w: Waiter, now: number): void {
    const minuteId = this.minute.send(now)
    const hourId = this.hour.send(now)
    this.inFlight++
    let settled = false
    w.resolve({
      sentAt: now,
      settle: (evidence) => {
        if (settled) return
        settled = true
        this.inFlight--
        const at = this.clock.now()
        this.minute.done(minuteId, at, evidence)
        this.hour.done(hourId, at, evidence)
        this.pump()
      }
    })
  }
}

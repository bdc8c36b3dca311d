import type { RateLimitState } from '../../../../shared/contract/events'
import type { Clock } from '../clock'
import type { Priority } from '../priority'

/** The request budget as the UI may show it. Times are epoch ms. */
export interface RequestBudgetState {
  /** Per-minute limit in force (X-RateLimit-Limit once seen, else the configured default). */
  limit: number
  /** Requests left now: the smaller of the minute and hour remainders, by our conservative count. */
  remaining: number
  /** When the current minute window surely ends (null: no window open, or not known yet). */
  resetAt: number | null
  hourLimit: number
  hourRemaining: number
  hourResetAt: number | null
  /** Calls waiting for a slot, by priority. */
  queued: Record<Priority, number>
  inFlight: number
  /** Queued work is held by the budget until this time (null: nothing held, or held until a request completes). */
  pausedUntil: number | null
  /** Background refresh is held back because the budget is running low. */
  backgroundPaused: boolean
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString()
}

/** The `rateLimit.state` event payload for one profile: what the UI shows of the budget. */
export function toRateLimitEvent(profileId: string, state: RequestBudgetState): RateLimitState {
  return {
    profileId,
    limit: state.limit,
    remaining: state.remaining,
    resetAt: iso(state.resetAt),
    hourRemaining: state.hourRemaining,
    queued: Object.values(state.queued).reduce((a, b) => a + b, 0),
    pausedUntil: iso(state.pausedUntil),
    backgroundPaused: state.backgroundPaused
  }
}

/**
 * Coalesces state changes (every send and response makes one) into at most one callback per
 * interval, always delivering the latest state, and skipping repeats.
 */
export class StatePublisher {
  private lastJson = ''
  private lastAt = -Infinity
  private pending: RequestBudgetState | null = null
  private cancel: (() => void) | null = null

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly emit: (state: RequestBudgetState) => void
  ) {}

  /** Offers a new state; it is emitted now or at the end of the current interval. */
  update(state: RequestBudgetState): void {
    this.pending = state
    if (this.cancel !== null) return
    const wait = this.lastAt + this.intervalMs - this.clock.now()
    if (wait <= 0) this.flush()
    else this.cancel = this.clock.setTimer(() => this.flush(), wait)
  }

  /** Stops any pending emission. */
  dispose(): void {
    this.cancel?.()
    this.cancel = null
    this.pending = null
  }

  private flush(): void {
    this.cancel = null
    const state = this.pending
    this.pending = null
    if (state === null) return
    const json = JSON.stringify(state)
    if (json === this.lastJson) return
    this.lastJson = json
    this.lastAt = this.clock.now()
    try {
      this.emit(state)
    } catch {
      // a broken listener must not break the budget
    }
  }
}

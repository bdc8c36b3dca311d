/** Limits for one bridge connection: a page that floods the bridge is told to slow down, not served without end. */
export interface ConnectionBudgetOptions {
  /** Messages per second on average. */
  ratePerSecond: number
  /** Messages that may arrive at once before the rate applies. */
  burst: number
  /** Operations that may be running at once for this connection. */
  maxInFlight: number
  now?: () => number
}

/** Defaults: far above what the console's screens send (a few calls per click), far below a flood. */
export const DEFAULT_CONNECTION_BUDGET: ConnectionBudgetOptions = { ratePerSecond: 200, burst: 400, maxInFlight: 64 }

/**
 * A token bucket plus an in-flight cap for one WebSocket. `admit()` says whether the next message
 * may run; `done()` must follow every admitted message.
 */
export class ConnectionBudget {
  private tokens: number
  private last: number
  private inFlight = 0
  private readonly now: () => number

  constructor(private readonly options: ConnectionBudgetOptions = DEFAULT_CONNECTION_BUDGET) {
    this.now = options.now ?? Date.now
    this.tokens = options.burst
    this.last = this.now()
  }

  /** 'ok' to run the message, else why it is refused. */
  admit(): 'ok' | 'rate' | 'in_flight' {
    const now = this.now()
    this.tokens = Math.min(this.options.burst, this.tokens + ((now - this.last) / 1000) * this.options.ratePerSecond)
    this.last = now
    if (this.tokens < 1) return 'rate'
    if (this.inFlight >= this.options.maxInFlight) return 'in_flight'
    this.tokens -= 1
    this.inFlight++
    return 'ok'
  }

  /** Marks one admitted message as finished. */
  done(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }
}

/** Sizes of the per-profile retry budget. */
export interface RetryBudgetOptions {
  /** Most tokens held (default 10): how many retries a burst of failures may spend. */
  capacity?: number
  /** Tokens one retry costs (default 1). */
  retryCost?: number
  /** Tokens one success gives back (default 0.1), up to the capacity. */
  successRefund?: number
}

// Tokens are kept in thousandths so repeated 0.1 refunds add up exactly.
const SCALE = 1000

/**
 * A token bucket per profile (AWS "retry quota"): each retry costs a token and each success refunds a
 * little, so during an outage retries stop after a few failures instead of multiplying the load.
 */
export class RetryBudget {
  private readonly capacity: number
  private readonly cost: number
  private readonly refund: number
  private tokens: number

  constructor(options: RetryBudgetOptions = {}) {
    this.capacity = Math.round((options.capacity ?? 10) * SCALE)
    this.cost = Math.round((options.retryCost ?? 1) * SCALE)
    this.refund = Math.round((options.successRefund ?? 0.1) * SCALE)
    this.tokens = this.capacity
  }

  /** Spends a retry's cost if the bucket holds it; false means "do not retry now". */
  tryTakeRetry(): boolean {
    if (this.tokens < this.cost) return false
    this.tokens -= this.cost
    return true
  }

  /** Credits one successful request. */
  recordSuccess(): void {
    this.tokens = Math.min(this.capacity, this.tokens + this.refund)
  }

  /** Tokens left (for state displays and tests). */
  get available(): number {
    return this.tokens / SCALE
  }
}

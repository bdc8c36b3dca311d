import type { WindowEvidence } from '../../../src/main/core/api/budget/evidence'
import type { BudgetTicket, RequestBudget } from '../../../src/main/core/api/budget/request-budget'
import type { Priority } from '../../../src/main/core/api/priority'

/** Evidence as a response with X-RateLimit-* headers would give it. */
export function ev(fields: Partial<WindowEvidence> & { remaining: number }): WindowEvidence {
  return { status: 200, limit: null, resetAt: null, retryAt: null, ...fields }
}

/** Acquires and records when (and whether) the ticket was granted, without awaiting it. */
export function request(budget: RequestBudget, priority: Priority = 'bulk', maxWaitMs?: number) {
  const state: { ticket: BudgetTicket | null; refused: { retryAt: number | null } | null } = { ticket: null, refused: null }
  budget.acquire(priority, maxWaitMs).then(
    (t) => void (state.ticket = t),
    (e: { retryAt: number | null }) => void (state.refused = { retryAt: e.retryAt })
  )
  return state
}

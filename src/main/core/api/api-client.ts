import ky, { type KyInstance } from 'ky'
import type { AppError } from '../../../shared/contract/app-error'
import type { ApiBinding } from '../../../shared/contract/operations'
import { makeAppError, raise } from '../errors/app-error-factory'
import { mapHttpFailure } from '../errors/http-error-mapper'
import { mapNoResponse } from '../errors/network-error-mapper'
import { readRateLimitHeaders, type RateLimitHeaders } from '../errors/rate-limit-headers'
import type { TextRedactor } from '../errors/server-text'
import { evidenceFrom } from './budget/evidence'
import { BudgetRefusal, type BudgetTicket, type RequestBudget } from './budget/request-budget'
import { budgetRateLimited, withRetryAt } from './call-errors'
import { type Clock, sleep, systemClock } from './clock'
import { type AttemptOutcome, sendAttempt } from './http-attempt'
import type { Priority } from './priority'
import { DEFAULT_RECONCILE_SETTINGS, reconcile } from './reconcile/reconcile'
import { reconcilerFor } from './reconcile/reconcilers'
import type { Lookup, PostAttempt, ReconcileOutcome, ReconcileSettings } from './reconcile/types'
import { followUpWriteFailure } from './reconcile/write-failure'
import { buildRequestParts } from './request-parts'
import { planRetry } from './retry/plan-retry'
import { serverRetryAt } from './retry/retry-after'
import { RetryBudget } from './retry/retry-budget'
import type { AttemptFailure } from './retry/retry-decision'
import { resolvePolicies, type RetryPolicy, type RetryPolicyOverrides } from './retry/retry-policy'

/** What the client needs from the profile it serves, plus that profile's shared budgets. */
export interface ApiClientOptions {
  baseUrl: string
  /** Reads the key from the secret store at call time; the key never sits on the client. */
  getKey: () => Promise<string | null>
  /** Per-attempt time limit for every priority (overrides the policies' `attemptTimeoutMs`). */
  timeoutMs?: number
  onRateLimitHeaders?: (headers: RateLimitHeaders) => void
  fetch?: typeof fetch
  /** The profile's request budget (share one per profile); absent = no client-side limiting. */
  budget?: RequestBudget
  /** The profile's retry budget (share one per profile); absent = one private to this client. */
  retryBudget?: RetryBudget
  retryPolicies?: RetryPolicyOverrides
  reconcileSettings?: Partial<ReconcileSettings>
  /** Slack added to whole-second `X-RateLimit-Reset` waits (default: the budget's, else 1000). */
  resetSlackMs?: number
  clock?: Clock
  /** Source of jitter (seeded in tests). */
  random?: () => number
  /** Told about every retry before its wait (for logs and tests). */
  onRetry?: (event: RetryEvent) => void
  /** Told about every lost POST and what the lookup showed (e.g. to offer "check again" later). */
  onUnknownOutcome?: (attempt: PostAttempt, outcome: ReconcileOutcome) => void
  /** Scrubs server text going into errors of the secrets the console knows (keys, mail passwords), on top of the key patterns. */
  redact?: TextRedactor
}

/** One retry about to happen: why, and when it will be sent. */
export interface RetryEvent {
  operation: string
  /** The attempt that failed (1 = the first). */
  attempt: number
  /** HTTP status, or the error's kind when there was no response. */
  cause: number | string
  /** Where the wait came from: the server's `Retry-After`, its `X-RateLimit-Reset`, or our backoff. */
  source: 'server' | 'backoff'
  delayMs: number
  retryAt: number
}

/** Per-call choices. */
export interface CallOptions {
  /** Default interactive (fail fast on rate limits); bulk and background queue and wait. */
  priority?: Priority
}

/** A successful call: the parsed body plus transport facts the caller may record. */
export interface ApiResult {
  body: unknown
  status: number
  requestId: string
  /** Attempts it took (1 = no retry). */
  attempts: number
  /** Set when the POST's answer was lost and the resource was found by lookup (the body is that resource). */
  reconciliation?: ReconcileOutcome
}

/** One profile's API client: calls with retries, budget and reconciliation; re-checks lost POSTs on demand. */
export interface ApiClient {
  call(operation: string, binding: ApiBinding, input: Record<string, unknown>, options?: CallOptions): Promise<ApiResult>
  /** Looks up a lost POST again (e.g. "check again" after "could not verify"). */
  reconcile(attempt: PostAttempt, priority?: Priority): Promise<ReconcileOutcome>
}

// The retryable failure of one attempt, for the decision table.
function failureOf(outcome: AttemptOutcome): AttemptFailure {
  return outcome.kind === 'response' ? { kind: 'status', status: outcome.status } : { kind: 'no_response', error: outcome.error, timedOut: outcome.timedOut }
}

/**
 * One client per profile: injects `X-API-Key` and `X-Request-ID`, maps every failure to an AppError,
 * and is the only retry layer (ky's own retry is 0). GET/PUT/DELETE retry on 408/429/5xx, network
 * errors and timeouts with full-jitter capped backoff, honouring `Retry-After` (else `X-RateLimit-Reset`
 * on 429) within the call's limits; a per-profile retry budget stops retries during an outage. Every
 * attempt takes a slot from the profile's request budget. A POST without an answer is reconciled by
 * lookup before the caller hears of it.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const http: KyInstance = ky.create({
    prefixUrl: options.baseUrl.replace(/\/+$/, ''),
    timeout: false,
    retry: 0,
    throwHttpErrors: false,
    // Never follow a redirect: fetch would resend our X-API-Key to wherever Location points.
    redirect: 'manual',
    ...(options.fetch ? { fetch: options.fetch } : {})
  })
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const policies = resolvePolicies(options.retryPolicies, options.timeoutMs)
  const retryBudget = options.retryBudget ?? new RetryBudget()
  const budget = options.budget
  const resetSlackMs = options.resetSlackMs ?? budget?.resetSlackMs ?? 1000
  const settings: ReconcileSettings = { ...DEFAULT_RECONCILE_SETTINGS, ...options.reconcileSettings }
  const host = new URL(options.baseUrl).host

  // A slot from the budget, or the error to fail with when waiting would take too long.
  async function takeSlot(priority: Priority, policy: RetryPolicy, deadline: number, operation: string, attempts: number, last: AppError | null): Promise<BudgetTicket | null> {
    if (!budget) return null
    try {
      return await budget.acquire(priority, Math.max(0, Math.min(policy.maxQueueWaitMs, deadline - clock.now())))
    } catch (error) {
      if (!(error instanceof BudgetRefusal)) throw error
      raise(last !== null ? withRetryAt(last, error.retryAt) : budgetRateLimited(operation, error.retryAt, attempts))
    }
  }

  const lookupFor = (operation: string, priority: Priority): Lookup => async (path, input) =>
    (await client.call(operation, { method: 'GET', path, scope: 'lookup' }, input, { priority })).body

  const client: ApiClient = {
    async call(operation, binding, input, callOptions = {}) {
      const priority = callOptions.priority ?? 'interactive'
      const policy = policies[priority]
      const key = await options.getKey()
      if (key === null) {
        raise(makeAppError({ kind: 'auth', reason: 'missing_key', operation, guidance: 'add-api-key',
          message: 'This profile has no API key. Add one in Settings.' }))
      }
      const parts = buildRequestParts(binding, input)
      let attempts = 0
      let deadline = Infinity
      let firstSentAt: number | null = null
      let last: AppError | null = null
      for (;;) {
        const ticket = await takeSlot(priority, policy, deadline, operation, attempts, last)
        const sentAt = ticket?.sentAt ?? clock.now()
        if (firstSentAt === null) {
          firstSentAt = sentAt
          deadline = sentAt + policy.totalBudgetMs
        }
        attempts++
        const outcome = await sendAttempt(http, { method: binding.method, parts, key, timeoutMs: Math.min(policy.attemptTimeoutMs, Math.max(1, deadline - sentAt)),
          ...(options.redact ? { redact: options.redact } : {}) })
        const now = clock.now()
        const { status, headers } = outcome
        ticket?.settle(status !== undefined && headers !== undefined ? evidenceFrom(status, headers, now, resetSlackMs) : null)
        if (headers !== undefined) options.onRateLimitHeaders?.(readRateLimitHeaders(headers))

        if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
          retryBudget.recordSuccess()
          return { body: outcome.body, status: outcome.status, requestId: outcome.requestId, attempts }
        }
        const error: AppError = outcome.kind === 'response'
          ? mapHttpFailure({ operation, status: outcome.status, headers: outcome.headers, body: outcome.body, requestId: outcome.requestId, attempts,
            ...(options.redact ? { redact: options.redact } : {}) })
          : mapNoResponse({ operation, method: binding.method, error: outcome.error, timedOut: outcome.timedOut, requestId: outcome.requestId, attempts, host })
        last = error

        const plan = planRetry({ method: binding.method, failure: failureOf(outcome), error, attempts, policy, now, deadline, random,
          serverAt: outcome.kind === 'response' ? serverRetryAt(outcome.status, outcome.headers, now, resetSlackMs) : null })
        if (!plan.retry) {
          const reconciler = reconcilerFor(binding)
          if (reconciler === null || binding.method !== 'POST') raise(plan.error)
          const attempt: PostAttempt = { operation, binding, input, sentAt: firstSentAt, failedAt: now,
            timedOut: outcome.kind === 'no_response' && outcome.timedOut, requestId: plan.error.requestId ?? '' }
          const followUp = await followUpWriteFailure(plan.error, attempt, { reconciler, lookup: lookupFor(operation, priority), settings, clock,
            ...(options.onUnknownOutcome ? { onUnknownOutcome: options.onUnknownOutcome } : {}) })
          if ('error' in followUp) raise(followUp.error)
          return { body: followUp.adopted, status: 200, requestId: attempt.requestId, attempts, reconciliation: followUp.outcome }
        }
        if (!retryBudget.tryTakeRetry()) raise(error)
        const delayMs = Math.max(0, plan.retryAt - now)
        options.onRetry?.({ operation, attempt: attempts, cause: outcome.kind === 'response' ? outcome.status : error.kind,
          source: plan.source, delayMs, retryAt: plan.retryAt })
        await sleep(clock, delayMs)
      }
    },

    async reconcile(attempt, priority = 'interactive') {
      const reconciler = reconcilerFor(attempt.binding)
      if (reconciler === null) return { verdict: 'unverified', reason: 'no_marker', candidates: 0, checkedAt: clock.now() }
      return reconcile(attempt, reconciler, lookupFor(attempt.operation, priority), { ...settings, settleMs: 0 }, clock)
    }
  }
  return client
}

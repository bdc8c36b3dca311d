import { createApiClient, type ApiClient, type ApiClientOptions } from './api-client'
import type { RequestBudgetState } from './budget/budget-state'
import { RequestBudget, type RequestBudgetOptions } from './budget/request-budget'
import { RetryBudget, type RetryBudgetOptions } from './retry/retry-budget'

/** Settings shared by every profile's client, plus where budget states go. */
export interface ProfileClientsOptions {
  /** Called (coalesced) with each profile's budget state: forward it as the `rateLimit.state` event. */
  onBudgetState?: (profileId: string, state: RequestBudgetState) => void
  budget?: Omit<RequestBudgetOptions, 'onState'>
  retryBudget?: RetryBudgetOptions
  /** Anything else for every client (timeouts, policies, hooks); baseUrl/getKey/budgets are set here. */
  client?: Omit<ApiClientOptions, 'baseUrl' | 'getKey' | 'budget' | 'retryBudget'>
}

interface Entry {
  baseUrl: string
  client: ApiClient
  budget: RequestBudget
}

/**
 * One client per profile with that profile's request budget and retry budget (the server's limits
 * are per key, so budgets must not be shared across profiles, nor split within one). A changed base
 * URL is a different server: its budgets start fresh.
 */
export class ProfileClients {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly options: ProfileClientsOptions = {}) {}

  /** The profile's client, created on first use (or when its base URL changed). */
  clientFor(profileId: string, baseUrl: string, getKey: () => Promise<string | null>): ApiClient {
    const existing = this.entries.get(profileId)
    if (existing && existing.baseUrl === baseUrl) return existing.client
    existing?.budget.dispose()
    const onBudgetState = this.options.onBudgetState
    const budget = new RequestBudget({ ...this.options.budget, ...(onBudgetState ? { onState: (s: RequestBudgetState) => onBudgetState(profileId, s) } : {}) })
    const client = createApiClient({ ...this.options.client, baseUrl, getKey, budget, retryBudget: new RetryBudget(this.options.retryBudget) })
    this.entries.set(profileId, { baseUrl, client, budget })
    return client
  }

  /** The profile's current budget state (null before its first call). */
  stateOf(profileId: string): RequestBudgetState | null {
    return this.entries.get(profileId)?.budget.state() ?? null
  }

  /** Drops a profile's client (profile removed or its key replaced); queued calls fail as rate_limited. */
  forget(profileId: string): void {
    this.entries.get(profileId)?.budget.dispose()
    this.entries.delete(profileId)
  }

  /** Drops every client (core closing). */
  dispose(): void {
    for (const id of [...this.entries.keys()]) this.forget(id)
  }
}

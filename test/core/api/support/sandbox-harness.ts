import { createApiClient, type ApiClient, type ApiClientOptions } from '../../../../src/main/core/api/api-client'
import { RequestBudget, type RequestBudgetOptions } from '../../../../src/main/core/api/budget/request-budget'
import { RetryBudget, type RetryBudgetOptions } from '../../../../src/main/core/api/retry/retry-budget'
import { AppErrorException } from '../../../../src/main/core/errors/app-error-factory'
import { type SandboxHandle, type SandboxOptions, startSandbox } from '../../../../src/sandbox'
import type { AppError } from '../../../../src/shared/contract/app-error'
import type { ApiBinding } from '../../../../src/shared/contract/operations'
import { seededRandom } from '../fake-clock'

/** One request as the sandbox logged it when it answered (or dropped) it. */
export interface SeenRequest {
  method: string
  /** Path under the API base, e.g. `/campaigns`. */
  path: string
  /** The status sent, or `dropped (reset|close)`. */
  outcome: string
}

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE) \/api\/public\/v1(\S*) (.+) \d+ms \S+$/

/** A real sandbox (fault injection on) with a key, plus a log of every API request it saw. */
export interface Harness {
  sandbox: SandboxHandle
  key: string
  /** Requests the sandbox has seen so far (each one logged once, when it was answered or dropped). */
  seen(filter?: { method?: string; path?: string }): SeenRequest[]
  /** A client for this sandbox; defaults: seeded jitter, short timeouts, a quick settle before lookups. */
  client(options?: Omit<Partial<ApiClientOptions>, 'budget' | 'retryBudget'> & { budget?: RequestBudget | RequestBudgetOptions | false; retryBudget?: RetryBudget | RetryBudgetOptions }): ApiClient
  close(): Promise<void>
}

// Starts the sandbox with faults enabled and a request log; every option may be overridden.
export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const lines: string[] = []
  const sandbox = await startSandbox({ dataDir: null, seed: false, faults: true, ...options, log: (line) => lines.push(line) })
  const key = sandbox.issueKey({ scopes: ['*'], name: 'client-tests' })
  const budgets: RequestBudget[] = []
  return {
    sandbox,
    key,
    seen(filter = {}) {
      return lines.flatMap((line) => {
        const m = REQUEST_LINE.exec(line)
        if (!m) return []
        const r = { method: m[1]!, path: m[2]!, outcome: m[3]! }
        return (filter.method === undefined || r.method === filter.method) && (filter.path === undefined || r.path === filter.path) ? [r] : []
      })
    },
    client(o = {}) {
      const { budget, retryBudget, ...rest } = o
      const requestBudget = budget === false ? undefined : budget instanceof RequestBudget ? budget : new RequestBudget(budget ?? {})
      if (requestBudget) budgets.push(requestBudget)
      return createApiClient({
        baseUrl: sandbox.baseUrl,
        getKey: async () => key,
        random: seededRandom(99),
        timeoutMs: 3000,
        reconcileSettings: { settleMs: 100 },
        retryBudget: retryBudget instanceof RetryBudget ? retryBudget : new RetryBudget(retryBudget),
        ...(requestBudget ? { budget: requestBudget } : {}),
        ...rest
      })
    },
    async close() {
      for (const b of budgets) b.dispose()
      await sandbox.close()
    }
  }
}

/** Contract-like bindings for the calls these tests make. */
export const B = {
  list: { method: 'GET', path: '/campaigns', scope: 'campaigns:read' },
  get: { method: 'GET', path: '/campaigns/{campaign_id}', scope: 'campaigns:read' },
  create: { method: 'POST', path: '/campaigns', scope: 'campaigns:create' },
  update: { method: 'PUT', path: '/campaigns/{campaign_id}', scope: 'campaigns:update' },
  remove: { method: 'DELETE', path: '/campaigns/{campaign_id}', scope: 'campaigns:delete' },
  senderCreate: { method: 'POST', path: '/sender-accounts/smtp', scope: 'sender_accounts:create' },
  senderList: { method: 'GET', path: '/sender-accounts', scope: 'sender_accounts:read' }
} as const satisfies Record<string, ApiBinding>

/** The AppError a call failed with (throws if it succeeded or failed with something else). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppErrorException) return error.appError
    throw error
  }
  throw new Error('expected the call to fail')
}

/** Campaigns whose name is exactly `name`, read straight from the sandbox (no client, no faults on GET). */
export async function campaignsNamed(h: Harness, name: string): Promise<Array<{ campaign_id: string; name: string }>> {
  const res = await fetch(`${h.sandbox.baseUrl}/campaigns?limit=100&search=${encodeURIComponent(name)}`, { headers: { 'X-API-Key': h.key } })
  const body = (await res.json()) as { campaigns: Array<{ campaign_id: string; name: string }> }
  return body.campaigns.filter((c) => c.name === name)
}

import type { ConnectionTestResult } from '../../../shared/contract/profiles'
import { scopeLimitation } from '../../../shared/scope-features'
import { createApiClient, type ApiClient } from '../api/api-client'
import { AppErrorException } from '../errors/app-error-factory'
import type { TextRedactor } from '../errors/server-text'
import { checkBaseUrl, hostOf } from './base-url'
import { connectionResult, failedReadVerdict, missingScopesVerdict, notColdSendApi } from './connection-verdicts'
import { SCOPE_PROBES } from './scope-probes'

export { connectionResult } from './connection-verdicts'

/** Test seams: the transport (unit tests fake it) and the per-request time limit. */
export interface ConnectionTestOptions {
  fetch?: typeof fetch
  timeoutMs?: number
}

// A ColdSend C1 answer has a `campaigns` array; a website or another API answering 200 does not.
function isCampaignList(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Array.isArray((body as { campaigns?: unknown }).campaigns)
}

/**
 * Walks the scope probes (see SCOPE_PROBES: none can change anything) until the first 403, whose
 * `granted` list names every scope the key has. A non-403 answer (404, 422, …) means the scope is
 * there; a probe with no usable answer (network, 429, 5xx) stops the walk and the rest stay unchecked.
 */
async function probeScopes(client: ApiClient, baseUrl: string): Promise<ConnectionTestResult> {
  const host = hostOf(baseUrl)
  for (const [index, probe] of SCOPE_PROBES.entries()) {
    try {
      await client.call('profiles.test', probe.binding, probe.input)
      continue
    } catch (error) {
      if (!(error instanceof AppErrorException)) throw error
      const e = error.appError
      if (e.kind === 'forbidden') {
        return missingScopesVerdict(e.granted, e.required)
          ?? connectionResult('ok', `Connected to ${host}. The key is accepted and has every scope the console uses.`, { grantedScopes: e.granted })
      }
      if (e.kind === 'auth') return failedReadVerdict(e, baseUrl)
      if (['not_found', 'validation', 'business', 'conflict'].includes(e.kind)) continue
      const unchecked = SCOPE_PROBES.slice(index).map((p) => p.scope)
      return connectionResult('ok',
        `Connected to ${host}. The key is accepted, but ${unchecked.length} of its scopes could not be checked (${e.message}) — `
        + `these may not work: ${unchecked.map(scopeLimitation).join('; ')}. Test again in a minute to check them.`,
        { uncheckedScopes: unchecked })
    }
  }
  return connectionResult('ok', `Connected to ${host}. The key is accepted and has every scope the console uses.`)
}

/**
 * "Test connection": one authenticated read (`GET /campaigns?limit=1`), then the side-effect-free
 * scope probe. Verdicts: ok / missing key / invalid or revoked key / missing scopes (named, with what
 * will not work) / unreachable / local server not running / not the ColdSend API / server error.
 * Server text in the verdict goes through `redact`, the core's one redactor (which must already know the key).
 */
export async function testConnection(baseUrl: string, getKey: () => Promise<string | null>, redact: TextRedactor, options: ConnectionTestOptions = {}): Promise<ConnectionTestResult> {
  const checked = checkBaseUrl(baseUrl)
  if (!checked.ok) return connectionResult('bad_base_url', checked.reason)
  if ((await getKey()) === null) return connectionResult('missing_key', 'No API key is stored for this profile. Paste a cs_live_ key from ColdSend → Settings → API Keys.')
  // Single-shot: the operator clicked Test and wants this attempt's verdict, not a retried one 24 s later.
  const client = createApiClient({ baseUrl: checked.url, getKey, redact, timeoutMs: options.timeoutMs ?? 8_000,
    retryPolicies: { interactive: { maxAttempts: 1 } }, ...(options.fetch ? { fetch: options.fetch } : {}) })
  try {
    const read = await client.call('profiles.test', { method: 'GET', path: '/campaigns', scope: 'campaigns:read' }, { limit: 1 })
    if (!isCampaignList(read.body)) return notColdSendApi(checked.url, `HTTP ${read.status} for GET /campaigns, but no campaign list in it`)
  } catch (error) {
    if (!(error instanceof AppErrorException)) throw error
    return failedReadVerdict(error.appError, checked.url)
  }
  return probeScopes(client, checked.url)
}

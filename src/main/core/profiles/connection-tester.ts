import type { ConnectionTestResult } from '../../../shared/contract/profiles'
import { createApiClient } from '../api/api-client'
import { AppErrorException } from '../errors/app-error-factory'
import type { TextRedactor } from '../errors/server-text'
import { checkBaseUrl } from './base-url'
import { missingConsoleScopes } from './console-scopes'

/** Builds a test verdict (exported for the handler's own refusals, e.g. a key bound to another server). */
export function connectionResult(status: ConnectionTestResult['status'], message: string, extra: Partial<ConnectionTestResult> = {}): ConnectionTestResult {
  return { status, message, missingScopes: [], grantedScopes: null, checkedAt: new Date().toISOString(), ...extra }
}

/**
 * "Test connection": one cheap authenticated read (`GET /campaigns?limit=1`) classified into
 * ok / missing key / invalid or revoked key / missing scopes (named) / unreachable. Server text in
 * the verdict goes through `redact`, the core's one redactor (which must already know the key).
 */
export async function testConnection(baseUrl: string, getKey: () => Promise<string | null>, redact: TextRedactor): Promise<ConnectionTestResult> {
  const checked = checkBaseUrl(baseUrl)
  if (!checked.ok) return connectionResult('bad_base_url', checked.reason)
  if ((await getKey()) === null) return connectionResult('missing_key', 'No API key is stored for this profile. Paste a cs_live_ key from ColdSend → Settings → API Keys.')
  // Single-shot: the operator clicked Test and wants this attempt's verdict, not a retried one 24 s later.
  const client = createApiClient({ baseUrl: checked.url, getKey, redact, timeoutMs: 8_000, retryPolicies: { interactive: { maxAttempts: 1 } } })
  try {
    await client.call('profiles.test', { method: 'GET', path: '/campaigns', scope: 'campaigns:read' }, { limit: 1 })
    return connectionResult('ok', `Connected to ${new URL(checked.url).host}. The key is accepted.`)
  } catch (error) {
    if (!(error instanceof AppErrorException)) throw error
    const e = error.appError
    switch (e.kind) {
      case 'auth':
        return connectionResult(e.reason === 'missing_key' ? 'missing_key' : 'invalid_key',
          'ColdSend refused the key: it is wrong, revoked or malformed. Create a new key in ColdSend → Settings → API Keys.')
      case 'forbidden': {
        const missing = missingConsoleScopes(e.granted, e.required)
        return connectionResult('missing_scopes', `The key is valid but lacks scopes: ${missing.join(', ')}.`, { missingScopes: missing, grantedScopes: e.granted })
      }
      case 'network':
      case 'timeout':
        return connectionResult('unreachable', `${e.message} Check the Base URL and your network.`)
      case 'not_found':
        return connectionResult('unreachable', 'The server answered, but not like the ColdSend API. Check that the Base URL ends with /api/public/v1.')
      default:
        return connectionResult('unreachable', `The server answered with an error: ${e.message}`)
    }
  }
}

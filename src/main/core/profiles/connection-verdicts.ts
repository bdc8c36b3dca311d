import type { AppError } from '../../../shared/contract/app-error'
import type { ConnectionTestResult } from '../../../shared/contract/profiles'
import { scopeLimitation } from '../../../shared/scope-features'
import { hostOf } from './base-url'
import { missingConsoleScopes } from './console-scopes'

/** The path every ColdSend API address ends with (API notes §1.1). */
export const API_PATH = '/api/public/v1'

/** Builds a test verdict (exported for the handler's own refusals, e.g. a key bound to another server). */
export function connectionResult(status: ConnectionTestResult['status'], message: string, extra: Partial<ConnectionTestResult> = {}): ConnectionTestResult {
  return { status, message, missingScopes: [], grantedScopes: null, uncheckedScopes: [], suggestedBaseUrl: null, checkedAt: new Date().toISOString(), ...extra }
}

/**
 * The Base URL as it probably should be: cut after /api/public/v1 when more follows it, with
 * /api/public/v1 appended when the path lacks it; null when the path already ends with it.
 */
export function suggestBaseUrl(baseUrl: string): string | null {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '')
  if (path.endsWith(API_PATH)) return null
  const at = path.indexOf(`${API_PATH}/`)
  url.pathname = at >= 0 ? path.slice(0, at + API_PATH.length) : `${path}${API_PATH}`
  return url.toString().replace(/\/+$/, '')
}

/** "Something answered, but not the ColdSend API", with the corrected Base URL when one can be guessed. */
export function notColdSendApi(baseUrl: string, what: string): ConnectionTestResult {
  const suggested = suggestBaseUrl(baseUrl)
  const fix = suggested
    ? `The ColdSend API address ends with ${API_PATH}: try ${suggested}.`
    : 'Check that the Base URL is the ColdSend API address, not a website or a proxy page.'
  return connectionResult('not_coldsend_api', `The server at ${hostOf(baseUrl)} answered, but not like the ColdSend API (${what}). ${fix}`,
    { suggestedBaseUrl: suggested })
}

/** The verdict for a key that lacks console scopes: which, and what will not work without them. */
export function missingScopesVerdict(granted: readonly string[], required: readonly string[] = []): ConnectionTestResult | null {
  const missing = missingConsoleScopes(granted, required)
  if (missing.length === 0) return null
  return connectionResult('missing_scopes',
    `The key is valid but lacks ${missing.length === 1 ? 'a scope' : 'scopes'} the console uses. What will not work: ${missing.map(scopeLimitation).join('; ')}.`,
    { missingScopes: missing, grantedScopes: [...granted] })
}

/** The verdict for the test's first read when it failed: one status per cause, with matching words. */
export function failedReadVerdict(e: AppError, baseUrl: string): ConnectionTestResult {
  switch (e.kind) {
    case 'auth':
      return e.reason === 'missing_key'
        ? connectionResult('missing_key', e.message)
        : connectionResult('invalid_key', 'ColdSend refused the key: it is wrong, revoked or malformed. Create a new key in ColdSend → Settings → API Keys.')
    case 'forbidden':
      return missingScopesVerdict(e.granted, e.required)
        ?? connectionResult('server_error', `ColdSend answered 403 although the key has every scope the console uses: ${e.message}`, { grantedScopes: e.granted })
    case 'network':
    case 'timeout':
      return e.guidance === 'start-local-server'
        ? connectionResult('local_server_down', e.message)
        : connectionResult('unreachable', `${e.message} Check the Base URL and your network.`)
    case 'not_found':
      return notColdSendApi(baseUrl, `HTTP ${e.status ?? 404} for GET /campaigns`)
    case 'validation':
    case 'business':
    case 'conflict': {
      // Quote the server's own words (already redacted): they often say what is wrong.
      const words = e.kind === 'validation' ? e.message : e.detail || e.message
      return notColdSendApi(baseUrl, `HTTP ${e.status ?? '4xx'} for GET /campaigns: “${words.slice(0, 300)}”`)
    }
    case 'server':
      // A redirect or an odd status (the mapper asks to check the Base URL) is not the API either.
      return e.guidance === 'check-base-url' ? notColdSendApi(baseUrl, e.message) : connectionResult('server_error', `ColdSend answered the test with an error: ${e.message}`)
    case 'rate_limited':
      return connectionResult('server_error', "ColdSend answered the test with an error: its rate limit was reached. Wait a minute, then test again.")
    default:
      return connectionResult('server_error', `ColdSend answered the test with an error: ${e.message}`)
  }
}

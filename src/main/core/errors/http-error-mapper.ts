import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'
import { businessError } from './business-error'
import { authError, conflictError, forbiddenError, notFoundError, type ClientErrorInput } from './client-errors'
import { responseRequestId } from './request-id'
import type { ResponseFacts } from './response-facts'
import { failureWords, readFailureBody } from './response-body'
import { rateLimitedError, requestTimeoutError, serverSideError } from './server-errors'
import { cleanServerText, type TextRedactor } from './server-text'
import { serverIssues, validationSummary } from './validation-issues'

/** Everything known about a non-2xx response, after the body has been read. */
export interface HttpFailure {
  operation: string
  status: number
  headers: Headers
  /** Parsed JSON when the body was JSON, else the raw text (possibly an HTML error page, possibly huge). */
  body: unknown
  /** The X-Request-ID we sent; the response's own header wins when present. */
  requestId: string
  attempts: number
  /** HTTP method: decides whether a 5xx may be resent and whether a gateway error leaves the outcome unknown. */
  method?: string
  /** False when the request went out without an API key (default true): a 401 then means "add a key". */
  keySent?: boolean
  /** The scope the operation needs (contract binding); names the missing scope when a 403 body does not. */
  scope?: string
  /** The caller's own "try again at" (epoch ms) for a 429; overrides the headers. */
  retryAt?: number
  /** Extra scrubbing for server text (the Redactor's known secrets), on top of the built-in key patterns. */
  redact?: TextRedactor
  now?: number
}

// Where a 3xx pointed (scheme and host only, cleaned), to name it in the message.
function redirectTarget(headers: Headers, redact?: TextRedactor): string | null {
  const location = headers.get('location')
  if (!location) return null
  try {
    const url = new URL(location, 'http://relative.invalid')
    return url.host === 'relative.invalid' ? 'another path on the same server' : cleanServerText(`${url.protocol}//${url.host}`, 200, redact)
  } catch {
    return null
  }
}

/**
 * Maps any non-2xx ColdSend response to an AppError by status first and body shape second;
 * wording is only a hint (design §3). Never throws, whatever the body; every server string is
 * cleaned and cut to the schema's limits; the request body and key are never read here.
 */
export function mapHttpFailure(f: HttpFailure): AppError {
  const now = f.now ?? Date.now()
  const facts: ResponseFacts = { operation: f.operation, status: f.status, requestId: responseRequestId(f.headers, f.requestId, f.redact), attempts: f.attempts }
  const body = readFailureBody(f.body)
  const rawWords = failureWords(body)
  const words = rawWords === null ? null : cleanServerText(rawWords, 4000, f.redact) || null
  const input: ClientErrorInput = { facts, body, words, now, ...(f.redact ? { redact: f.redact } : {}) }

  if (body.shape === 'detail_array' && (f.status === 422 || f.status === 400)) {
    const issues = serverIssues(body.items, f.redact)
    return makeAppError({ ...facts, kind: 'validation', issues, guidance: 'fix-fields', message: validationSummary(issues) }, now)
  }
  switch (f.status) {
    case 400:
      return businessError(facts, rawWords ?? '', now, f.redact)
    case 401:
      return authError(input, f.keySent ?? true)
    case 403:
      return forbiddenError(input, f.scope)
    case 404:
    case 410:
      return notFoundError(input)
    case 408:
      return requestTimeoutError(facts, now)
    case 409:
      return conflictError(input)
    case 422:
      // A handler-raised 422 with a string (e.g. distribution must sum to 100) is a business rule.
      return body.shape === 'detail_string' ? businessError(facts, body.text, now, f.redact)
        : makeAppError({ ...facts, kind: 'validation', issues: [], guidance: 'fix-fields', message: validationSummary([]) }, now)
    case 429:
      return rateLimitedError(facts, f.headers, now, f.retryAt)
  }
  if (f.status >= 500) return serverSideError(facts, f.method, now)
  if (f.status >= 400) {
    const message = `ColdSend refused the request (HTTP ${f.status})${words ? `: ${words.slice(0, 1900)}` : '.'}`
    return makeAppError({ ...facts, kind: 'business', code: 'request_refused', detail: words ?? `HTTP ${f.status}`, guidance: 'fix-request', message }, now)
  }
  // 1xx/3xx are not failures ColdSend sends. Redirects are never followed (the key would go along).
  const to = redirectTarget(f.headers, f.redact)
  return makeAppError({ ...facts, kind: 'server', guidance: 'check-base-url',
    message: to
      ? `The server redirected the request to ${to}. The console never follows redirects with your API key; check the Base URL (it may need https:// or a different address).`
      : `ColdSend answered with an unexpected HTTP ${f.status}; check the Base URL.` }, now)
}

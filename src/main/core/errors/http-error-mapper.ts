import type { AppError, ValidationIssue } from '../../../shared/contract/app-error'
import { locToPath } from '../../../shared/loc-path'
import { makeAppError } from './app-error-factory'
import { retryAtFromHeaders } from './rate-limit-headers'

/** Everything known about a non-2xx response, after the body has been read. */
export interface HttpFailure {
  operation: string
  status: number
  headers: Headers
  /** Parsed JSON when the body was JSON, else the raw text (possibly an HTML error page). */
  body: unknown
  requestId: string
  attempts: number
  now?: number
}

function detailOf(body: unknown): unknown {
  return body !== null && typeof body === 'object' && 'detail' in body ? (body as { detail: unknown }).detail : undefined
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 50) : []
}

function toIssues(detail: unknown[]): ValidationIssue[] {
  return detail.slice(0, 200).flatMap((item) => {
    if (item === null || typeof item !== 'object') return []
    const raw = item as { loc?: unknown; msg?: unknown; type?: unknown }
    const loc = Array.isArray(raw.loc)
      ? raw.loc.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number').slice(0, 20)
      : []
    return [{
      loc,
      path: locToPath(loc).path,
      msg: typeof raw.msg === 'string' ? raw.msg.slice(0, 2000) : 'invalid value',
      type: typeof raw.type === 'string' ? raw.type.slice(0, 200) : 'unknown',
      source: 'server' as const
    }]
  })
}

function summaryOfDetail(detail: unknown, fallback: string): string {
  return typeof detail === 'string' && detail.trim() !== '' ? detail.slice(0, 2000) : fallback
}

/**
 * Maps any non-2xx ColdSend response to an AppError by status first and body shape second;
 * wording is never relied on (design §3). The first-slice mapping; business codes come later.
 */
export function mapHttpFailure(f: HttpFailure): AppError {
  const now = f.now ?? Date.now()
  const common = { operation: f.operation, status: f.status, requestId: f.requestId, attempts: f.attempts }
  const detail = detailOf(f.body)

  if (Array.isArray(detail) && (f.status === 422 || f.status === 400)) {
    const issues = toIssues(detail)
    const fields = issues.map((i) => i.path || '(request)').join(', ')
    return makeAppError({ ...common, kind: 'validation', issues, guidance: 'fix-fields',
      message: `ColdSend rejected ${issues.length === 1 ? 'a field' : `${issues.length} fields`}: ${fields}.` })
  }
  switch (f.status) {
    case 400:
      return makeAppError({ ...common, kind: 'business', code: 'unrecognised', detail: summaryOfDetail(detail, 'Bad request'),
        guidance: 'fix-request', message: summaryOfDetail(detail, 'ColdSend refused the request.') })
    case 401:
      return makeAppError({ ...common, kind: 'auth', reason: 'invalid_key', guidance: 'replace-api-key',
        message: 'ColdSend did not accept the API key: it is wrong, revoked or malformed.' })
    case 403: {
      const b = (f.body ?? {}) as { required?: unknown; granted?: unknown }
      const required = stringArray(b.required)
      return makeAppError({ ...common, kind: 'forbidden', required, granted: stringArray(b.granted), guidance: 'grant-scopes',
        message: required.length > 0 ? `The API key lacks the scope${required.length > 1 ? 's' : ''} ${required.join(', ')}.`
          : summaryOfDetail(detail, 'The API key is not allowed to do this.') })
    }
    case 404:
      return makeAppError({ ...common, kind: 'not_found', guidance: 'refresh-list', message: summaryOfDetail(detail, 'Not found.') })
    case 409:
      return makeAppError({ ...common, kind: 'conflict', detail: summaryOfDetail(detail, 'Already exists'), guidance: 'resolve-conflict',
        message: summaryOfDetail(detail, 'That already exists.') })
    case 408:
      return makeAppError({ ...common, kind: 'timeout', mayHaveApplied: true, retryable: true, guidance: 'retry-later',
        message: 'ColdSend timed out handling the request.' })
    case 429: {
      const retryAt = retryAtFromHeaders(f.headers, now)
      const at = retryAt === null ? undefined : new Date(retryAt).toISOString()
      return makeAppError({ ...common, kind: 'rate_limited', retryAt: at, retryable: true, guidance: 'wait-rate-limit',
        message: at ? `Rate limited until ${at.slice(11, 19)} UTC.` : 'Rate limited: too many requests.' })
    }
    case 503:
      return makeAppError({ ...common, kind: 'unavailable', retryable: true, guidance: 'retry-later',
        message: 'ColdSend is temporarily unavailable.' })
  }
  if (f.status >= 500) {
    return makeAppError({ ...common, kind: 'server', retryable: true, guidance: 'retry-later',
      message: `ColdSend had an internal problem (HTTP ${f.status}).` })
  }
  const fallback = `Unexpected HTTP ${f.status} from ColdSend.`
  return makeAppError({ ...common, kind: 'business', code: `http_${f.status}`, detail: summaryOfDetail(detail, fallback),
    guidance: 'fix-request', message: summaryOfDetail(detail, fallback) })
}

import { randomUUID } from 'node:crypto'
import ky, { TimeoutError, type KyInstance } from 'ky'
import type { ApiBinding } from '../../../shared/contract/operations'
import { makeAppError, raise } from '../errors/app-error-factory'
import { mapHttpFailure } from '../errors/http-error-mapper'
import { mapNoResponse } from '../errors/network-error-mapper'
import { readRateLimitHeaders, type RateLimitHeaders } from '../errors/rate-limit-headers'
import { buildRequestParts } from './request-parts'

/** What the client needs from the profile it serves. */
export interface ApiClientOptions {
  baseUrl: string
  /** Reads the key from the secret store at call time; the key never sits on the client. */
  getKey: () => Promise<string | null>
  timeoutMs?: number
  onRateLimitHeaders?: (headers: RateLimitHeaders) => void
  fetch?: typeof fetch
}

/** A successful call: the parsed body plus transport facts the caller may record. */
export interface ApiResult {
  body: unknown
  status: number
  requestId: string
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text.slice(0, 4000)
  }
}

/**
 * One ky instance per profile: injects `X-API-Key` and `X-Request-ID`, never throws HTTP errors as
 * exceptions of its own, and maps every failure to an AppError. Retries are added in one layer later.
 */
export function createApiClient(options: ApiClientOptions): { call(operation: string, binding: ApiBinding, input: Record<string, unknown>): Promise<ApiResult> } {
  const http: KyInstance = ky.create({
    prefixUrl: options.baseUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? 15_000,
    retry: 0,
    throwHttpErrors: false,
    ...(options.fetch ? { fetch: options.fetch } : {})
  })

  return {
    async call(operation, binding, input) {
      const key = await options.getKey()
      if (key === null) {
        raise(makeAppError({ kind: 'auth', reason: 'missing_key', operation, guidance: 'add-api-key',
          message: 'This profile has no API key. Add one in Settings.' }))
      }
      const parts = buildRequestParts(binding, input)
      const sentRequestId = randomUUID()
      let response: Response
      try {
        response = await http(parts.path.replace(/^\//, ''), {
          method: binding.method,
          headers: { 'X-API-Key': key, 'X-Request-ID': sentRequestId, Accept: 'application/json' },
          searchParams: parts.searchParams,
          ...(parts.json !== undefined ? { json: parts.json } : {})
        })
      } catch (error) {
        raise(mapNoResponse({ operation, method: binding.method, error, timedOut: error instanceof TimeoutError,
          requestId: sentRequestId, attempts: 1, host: new URL(options.baseUrl).host }))
      }
      const requestId = response.headers.get('x-request-id') ?? sentRequestId
      options.onRateLimitHeaders?.(readRateLimitHeaders(response.headers))
      const body = await readBody(response)
      if (!response.ok) {
        raise(mapHttpFailure({ operation, status: response.status, headers: response.headers, body, requestId, attempts: 1 }))
      }
      return { body, status: response.status, requestId }
    }
  }
}

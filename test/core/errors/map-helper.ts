import { expect } from 'vitest'
import { AppErrorSchema, type AppError } from '../../../src/shared/contract/app-error'
import { mapHttpFailure, type HttpFailure } from '../../../src/main/core/errors/http-error-mapper'

/** A fixed clock: 2026-01-01T12:00:00Z. */
export const NOW = Date.UTC(2026, 0, 1, 12, 0, 0)

/** The X-Request-ID the client sent in these tests. */
export const SENT_ID = 'req-sent-1'

/** Maps one response and checks the result against the boundary schema (it must always cross). */
export function mapResponse(
  status: number,
  body: unknown,
  opts: Partial<Omit<HttpFailure, 'status' | 'body' | 'headers'>> & { headers?: Record<string, string> } = {}
): AppError {
  const { headers, ...rest } = opts
  const error = mapHttpFailure({
    operation: 'campaigns.create',
    requestId: SENT_ID,
    attempts: 1,
    now: NOW,
    ...rest,
    status,
    body,
    headers: new Headers(headers ?? {})
  })
  const parsed = AppErrorSchema.safeParse(error)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  return error
}

/** Narrows an AppError to one kind, failing the test otherwise. */
export function asKind<K extends AppError['kind']>(error: AppError, kind: K): Extract<AppError, { kind: K }> {
  expect(error.kind).toBe(kind)
  return error as Extract<AppError, { kind: K }>
}

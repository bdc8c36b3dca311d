import type { AppError } from '../../../shared/contract/app-error'

/** One field problem as a caller hands it to the log (a superset of the stored issue shape). */
export interface ErrorLogIssueInput {
  loc: ReadonlyArray<string | number>
  path?: string
  msg: string
}

/** What a caller records about one failed operation; the log adds id and time, redacts and clamps it. */
export interface ErrorLogInput {
  operation: string
  kind: string
  message: string
  /** When it failed; defaults to the moment of `append`. */
  time?: string | Date
  profileId?: string
  profileName?: string
  method?: string
  /** Path template (`/campaigns/{campaign_id}`), never the filled URL. */
  path?: string
  status?: number
  detail?: string
  issues?: ReadonlyArray<ErrorLogIssueInput>
  requestId?: string
  durationMs?: number
  attempts?: number
  guidance?: string
  /** Anything else worth keeping, e.g. a reconciliation outcome; redacted like the rest. */
  extra?: Record<string, unknown>
}

/** Request context an AppError does not carry, supplied by the API layer when it logs a failure. */
export type AppErrorContext = Pick<ErrorLogInput, 'profileId' | 'profileName' | 'method' | 'path' | 'durationMs' | 'extra'>

/**
 * Turns an AppError plus its request context into a log input, so every caller logs errors the same way.
 * A business error's code goes into `extra.code`: it names the rule broken, and it is what groups them.
 */
export function inputFromAppError(error: AppError, context: AppErrorContext = {}): ErrorLogInput {
  const loose = error as AppError & { detail?: unknown; issues?: unknown }
  const extra = error.kind === 'business' ? { code: error.code, ...context.extra } : context.extra
  return {
    time: error.timestamp,
    operation: error.operation,
    kind: error.kind,
    message: error.message,
    status: error.status,
    requestId: error.requestId,
    attempts: error.attempts,
    guidance: error.guidance,
    detail: typeof loose.detail === 'string' ? loose.detail : undefined,
    issues: Array.isArray(loose.issues) ? (loose.issues as ErrorLogIssueInput[]) : undefined,
    ...context,
    ...(extra ? { extra } : {})
  }
}

import type { AppError } from '../../../shared/contract/app-error'
import { paths } from '../routes/paths'

/**
 * Where an error's record can be found in the error log. The core does not hand the record's id to
 * the renderer, so this is the log searched for the error's request ID (or, with none, its operation:
 * the newest match is the record). Null for errors the log never records: its own operations, and a
 * console backend that did not answer (those never reached the core).
 */
export function errorLogLinkFor(error: Pick<AppError, 'operation' | 'requestId' | 'guidance'>): string | null {
  if (error.operation.startsWith('errorLog.') || error.guidance === 'restart-console') return null
  const q = error.requestId || error.operation
  return `${paths.errors()}?${new URLSearchParams({ q }).toString()}`
}

/** The link text every error surface uses for it, so operators (and their guides) find one name. */
export const ERROR_LOG_LINK_LABEL = 'View in error log'

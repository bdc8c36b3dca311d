import type { AppError } from '../../../shared/contract/app-error'
import { paths } from '../routes/paths'

/**
 * Where an error's record can be found in the error log: the record itself when the core named it
 * (`logId`), else the log searched for the error's request ID (or its operation). Null for errors the
 * log never records: its own operations, and a console backend that did not answer.
 */
export function errorLogLinkFor(error: Pick<AppError, 'operation' | 'requestId' | 'guidance' | 'logId'>): string | null {
  if (error.operation.startsWith('errorLog.') || error.guidance === 'restart-console') return null
  if (error.logId) return paths.error(error.logId)
  const q = error.requestId || error.operation
  return `${paths.errors()}?${new URLSearchParams({ q }).toString()}`
}

/** The link text every error surface uses for it, so operators (and their guides) find one name. */
export const ERROR_LOG_LINK_LABEL = 'View in error log'

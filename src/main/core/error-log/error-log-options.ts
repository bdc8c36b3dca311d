import type { Redactor } from '../log/redactor'

/**
 * When bytes are forced to the disk. Every policy acknowledges a record only after its write(2)
 * completed, so a process crash (kill -9) never loses an acknowledged record.
 * - 'none': never fsync (power loss may lose what the OS had not flushed yet).
 * - 'interval': fdatasync at most `syncIntervalMs` after a write (power loss loses at most that window).
 * - 'always': fdatasync before acknowledging (acknowledged records survive power loss too).
 */
export type ErrorLogSyncPolicy = 'none' | 'interval' | 'always'

/** Construction options; only `dataDir` and `redactor` are required. */
export interface ErrorLogOptions {
  /** The console's data dir; the log lives in `<dataDir>/logs/`. */
  dataDir: string
  /** The shared redactor (remembers every secret the secret store handled). */
  redactor: Redactor
  /** Rotate when the active file would pass this many bytes (default 5 MiB). */
  maxFileBytes?: number
  /** Files kept, active one included (default 10: with 5 MiB files, about 120,000 records). */
  maxFiles?: number
  /** Largest export in bytes (default the contract's transfer cap); older matches past it are left out and counted. */
  maxExportBytes?: number
  sync?: ErrorLogSyncPolicy
  syncIntervalMs?: number
  /** Appends waiting at once before new ones are refused (default 10,000). */
  maxPendingRecords?: number
  now?: () => Date
  newId?: () => string
  /** Told about write/read failures (the log itself never throws at its callers). */
  onError?: (message: string, error: unknown) => void
}

/** Returned by `append`: the record's id at once, and a promise that settles when its bytes are written. */
export interface Appended {
  id: string
  /** Resolves once the line was written to the file; rejects if it could not be. Safe to ignore. */
  acknowledged: Promise<void>
}

/** Where `onError` goes when the caller gives none: one line on stderr with the error's code. */
export function defaultOnError(message: string, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code
  process.stderr.write(`[error-log] ${message}${typeof code === 'string' ? ` (${code})` : ''}\n`)
}

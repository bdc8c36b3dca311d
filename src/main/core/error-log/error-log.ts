import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { AppError } from '../../../shared/contract/app-error'
import {
  ErrorLogFilterSchema,
  ErrorLogGroupsInputSchema,
  ErrorLogQueryInputSchema,
  MAX_LOG_TRANSFER_BYTES,
  type ErrorLogExport,
  type ErrorLogFilter,
  type ErrorLogGroups,
  type ErrorLogGroupsInput,
  type ErrorLogImportResult,
  type ErrorLogInfo,
  type ErrorLogPage,
  type ErrorLogQueryInput,
  type ErrorLogRecord
} from '../../../shared/contract/error-log'
import type { Redactor } from '../log/redactor'
import { ActiveFile } from './active-file'
import { inputFromAppError, type AppErrorContext, type ErrorLogInput } from './error-log-input'
import { ImportedView, type LoadedRecords } from './imported-view'
import { encodeLine } from './line-codec'
import { exportLines } from './export-lines'
import { logFileSizes, removeLogFiles } from './log-files'
import { LogReader } from './log-reader'
import { generationPath, listGenerations, LOG_SUBDIR } from './log-paths'
import { listQuarantined, settleRead } from './quarantine'
import { groupRecords } from './record-groups'
import { filterRecords, queryRecords } from './record-query'
import { RecordView } from './record-view'
import { sealRecord } from './seal-record'
import { SerialQueue } from './serial-queue'
import { defaultOnError, type Appended, type ErrorLogOptions, type ErrorLogSyncPolicy } from './error-log-options'

/** The log's options and append result, defined beside it. */
export type { Appended, ErrorLogOptions, ErrorLogSyncPolicy } from './error-log-options'

const MiB = 1024 * 1024
/** How long parsed files stay cached after the last query. */
const CACHE_IDLE_MS = 30_000


/**
 * The durable error log: append-only JSONL, one record per failed operation, every record through
 * the redaction choke point (`sealRecord`), written off the caller's path by one serial queue,
 * rotated by size, read back tolerantly (torn and corrupt lines skipped, unreadable files
 * quarantined) and queried offline, with JSONL export and a read-only imported view.
 */
export class ErrorLog {
  /** Directory holding the log files. */
  readonly dir: string
  private readonly scrub: Redactor
  private readonly active: ActiveFile
  private readonly reader: LogReader
  private readonly queue: SerialQueue
  private readonly maxFiles: number
  private readonly maxFileBytes: number
  private readonly maxExportBytes: number
  private readonly sync: ErrorLogSyncPolicy
  private readonly syncIntervalMs: number
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly onError: (message: string, error: unknown) => void
  private readonly imported: ImportedView
  /** The per-file record arrays the current local view was built from (the reader hands back the same arrays while files are unchanged). */
  private localParts: ReadonlyArray<readonly ErrorLogRecord[]> = []
  private localView: RecordView | null = null
  private recovered = false
  private closed = false
  private syncTimer: NodeJS.Timeout | null = null
  private cacheTimer: NodeJS.Timeout | null = null

  constructor(options: ErrorLogOptions) {
    const maxFileBytes = Math.max(1, Math.floor(options.maxFileBytes ?? 5 * MiB))
    this.maxFileBytes = maxFileBytes
    this.dir = join(options.dataDir, LOG_SUBDIR)
    this.maxFiles = Math.max(1, Math.floor(options.maxFiles ?? 10))
    this.maxExportBytes = Math.min(MAX_LOG_TRANSFER_BYTES, Math.max(1, Math.floor(options.maxExportBytes ?? MAX_LOG_TRANSFER_BYTES)))
    this.sync = options.sync ?? 'interval'
    this.syncIntervalMs = options.syncIntervalMs ?? 250
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? randomUUID
    this.onError = options.onError ?? defaultOnError
    this.scrub = options.redactor
    this.imported = new ImportedView(this.scrub, this.now)
    this.reader = new LogReader(Math.max(4 * maxFileBytes, 64 * MiB))
    this.active = new ActiveFile(this.dir, {
      maxFileBytes,
      maxFiles: this.maxFiles,
      syncDirectory: this.sync !== 'none',
      beforeRemove: (path) => this.reader.forget(path)
    })
    this.queue = new SerialQueue((lines) => this.writeLines(lines), {
      maxBatchBytes: Math.max(MiB, maxFileBytes),
      maxPendingLines: options.maxPendingRecords ?? 10_000
    })
  }

  /** Records one failure: seals it now (redaction), queues the write, returns before any I/O. */
  append(input: ErrorLogInput): Appended {
    const id = this.newId()
    const record = sealRecord(input, this.scrub, { id, now: this.now() })
    const acknowledged = this.closed ? Promise.reject(new Error('error log is closed')) : this.queue.enqueueLine(encodeLine(record))
    acknowledged.catch((error: unknown) => this.onError('could not write an error record', error))
    return { id, acknowledged }
  }

  /** Records an AppError with the request context it does not carry (profile, method, path, duration). */
  appendError(error: AppError, context?: AppErrorContext): Appended {
    return this.append(inputFromAppError(error, context))
  }

  /** One page of records, newest first, across rotated files (or the imported view); needs no network, no key. */
  async query(input: ErrorLogQueryInput = {}): Promise<ErrorLogPage> {
    const { source, limit, cursor, offset, ...filter } = ErrorLogQueryInputSchema.parse(input)
    const loaded = await this.loadSource(source)
    return { ...queryRecords(loaded.view, filter, { limit, cursor, offset }), skippedLines: loaded.skippedLines, quarantinedFiles: loaded.quarantinedFiles }
  }

  /** One record by id (the newest if an id repeats), or null when neither the log nor the view holds it. */
  async get(id: string, source: 'local' | 'imported' = 'local'): Promise<ErrorLogRecord | null> {
    const { records } = (await this.loadSource(source)).view
    for (let i = records.length - 1; i >= 0; i -= 1) if (records[i]!.id === id) return records[i]!
    return null
  }

  /** Matching records folded into fingerprinted issue rows (most recently seen first), with counts per kind. */
  async groups(input: ErrorLogGroupsInput = {}): Promise<ErrorLogGroups> {
    const { source, limit, offset, buckets, ...filter } = ErrorLogGroupsInputSchema.parse(input)
    const loaded = await this.loadSource(source)
    return { ...groupRecords(loaded.view, filter, { limit, offset, buckets }), skippedLines: loaded.skippedLines, quarantinedFiles: loaded.quarantinedFiles }
  }

  /** Size of the local log against its caps, its oldest record, and the size of the imported view (for Settings). */
  async info(): Promise<ErrorLogInfo> {
    // One queue task, so the counts and the sizes describe the same moment.
    const { view, bytes, files } = await this.queue.run(async () => ({ ...(await this.readAll()), ...(await logFileSizes(this.dir, this.maxFiles)) }))
    let oldest = Infinity
    for (let i = 0; i < view.length; i += 1) oldest = Math.min(oldest, view.time(i))
    return {
      records: view.length,
      bytes,
      files,
      maxFiles: this.maxFiles,
      maxFileBytes: this.maxFileBytes,
      oldest: Number.isFinite(oldest) ? new Date(oldest).toISOString() : null,
      imported: this.imported.size
    }
  }

  /**
   * Forgets records: the imported view, or every local log file (quarantined ones too). The local
   * clear runs in the write queue, so appends queued before it are written and then removed whole,
   * and appends queued after it start a fresh file. Returns how many readable records went away.
   */
  async clear(source: 'local' | 'imported' = 'local'): Promise<number> {
    if (source === 'imported') return this.imported.clear()
    return this.queue.run(async () => {
      const cleared = (await this.readAll()).view.length
      await this.active.close()
      await removeLogFiles(this.dir, (path) => this.reader.forget(path), this.sync !== 'none')
      this.dropCache()
      return cleared
    })
  }

  /**
   * Matching records as JSONL, oldest first, each sealed again on the way out; past the transfer cap
   * the newest that fit are kept and `omitted` counts the older ones left out.
   */
  async export(input: ErrorLogFilter = {}): Promise<ErrorLogExport> {
    const { source, ...filter } = ErrorLogFilterSchema.parse(input)
    const { view } = await this.loadSource(source)
    const now = this.now()
    return exportLines(filterRecords(view, filter), (r) => sealRecord(r, this.scrub, { id: r.id, now }), this.maxExportBytes)
  }

  /**
   * Replaces the read-only imported view with the records of a JSONL text (query/export it with
   * `source: 'imported'`). Imports are never merged into the local log: the local file stays a
   * faithful record of this machine, and a foreign file can be looked at and dropped.
   */
  import(text: string): ErrorLogImportResult {
    return this.imported.replace(text)
  }

  /** Resolves when everything appended so far is written (and synced, unless the policy is 'none'). */
  async flush(): Promise<void> {
    await this.queue.run(async () => {
      if (this.sync !== 'none') await this.active.sync()
    })
  }

  /** Emergency flush for quit/crash handlers that cannot await: writes waiting records synchronously. */
  flushSync(): void {
    const waiting = this.queue.takeWaitingLines()
    if (waiting.length === 0) return
    try {
      this.active.writeSync(waiting.map((l) => l.bytes), this.sync !== 'none')
      for (const l of waiting) l.resolve()
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error))
      for (const l of waiting) l.reject(reason)
    }
  }

  /** Writes what is queued, syncs, closes the file; later appends are refused. Idempotent. */
  async close(): Promise<void> {
    this.closed = true
    if (this.syncTimer) clearTimeout(this.syncTimer)
    if (this.cacheTimer) clearTimeout(this.cacheTimer)
    this.syncTimer = null
    this.cacheTimer = null
    await this.queue.run(async () => {
      this.dropCache()
      await this.active.close()
    }).catch((error: unknown) => this.onError('could not close the error log', error))
  }

  private async writeLines(lines: Buffer[]): Promise<void> {
    await this.recover()
    await this.active.write(lines)
    if (this.sync === 'always') await this.active.sync()
    else if (this.sync === 'interval') this.scheduleSync()
  }

  /** Parsed files are cached while the viewer pages through them, and dropped once it goes quiet. */
  private releaseCacheLater(): void {
    if (this.cacheTimer) clearTimeout(this.cacheTimer)
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = null
      void this.queue.run(async () => this.dropCache())
    }, CACHE_IDLE_MS)
    this.cacheTimer.unref()
  }

  private scheduleSync(): void {
    if (this.syncTimer || this.closed) return
    this.syncTimer = setTimeout(() => {
      this.syncTimer = null
      this.queue.run(() => this.active.sync()).catch((error: unknown) => this.onError('could not sync the error log', error))
    }, this.syncIntervalMs)
    this.syncTimer.unref()
  }

  /** Once, before the first write or read: a damaged active file is set aside before anything is appended to it. */
  private async recover(): Promise<void> {
    if (this.recovered) return
    this.recovered = true
    await this.checkGeneration(0)
    this.releaseCacheLater()
  }

  /** Reads one generation; quarantines it if unusable (closing the active file first). Returns its records, or null. */
  private async checkGeneration(generation: number): Promise<{ records: ErrorLogRecord[]; badLines: number } | null> {
    const path = generationPath(this.dir, generation)
    const beforeQuarantine = async () => (generation === 0 ? this.active.close() : undefined)
    return settleRead(path, await this.reader.read(path), { beforeQuarantine, now: () => this.now(), onError: this.onError })
  }

  /** Forgets parsed files and the view built on them (idle, clear, close). */
  private dropCache(): void {
    this.reader.clear()
    this.localParts = []
    this.localView = null
  }

  /** The imported view as it is, or the local log as `load` reads it. */
  private loadSource(source: 'local' | 'imported'): Promise<LoadedRecords> {
    return source === 'imported' ? Promise.resolve(this.imported.loaded()) : this.load()
  }

  /** Every local record, oldest first, read inside the queue so no write or rotation runs meanwhile. */
  private load(): Promise<LoadedRecords> {
    return this.queue.run(() => this.readAll())
  }

  /** The body of `load`; call only from inside the queue. */
  private async readAll(): Promise<LoadedRecords> {
    await this.recover()
    const files: ErrorLogRecord[][] = []
    let skippedLines = 0
    for (const g of await listGenerations(this.dir)) {
      if (g >= this.maxFiles) continue
      const file = await this.checkGeneration(g)
      if (!file) continue
      files.push(file.records)
      skippedLines += file.badLines
    }
    this.reader.prune()
    this.releaseCacheLater()
    const unchanged = this.localView !== null && files.length === this.localParts.length && files.every((f, i) => f === this.localParts[i])
    if (!unchanged) {
      this.localView = new RecordView(files.length === 1 ? files[0]! : files.flat(), this.localView)
      this.localParts = files
    }
    return { view: this.localView!, skippedLines, quarantinedFiles: (await listQuarantined(this.dir)).slice(0, 50) }
  }
}

import { open, stat } from 'node:fs/promises'
import type { ErrorLogRecord } from '../../../shared/contract/error-log'
import { parseLines, type ParsedLines } from './line-codec'

/** What reading one log file gave: its records (file order) and skipped lines, or why it is unusable. */
export type FileReadResult =
  | { status: 'ok'; records: ErrorLogRecord[]; badLines: number }
  | { status: 'missing' }
  | { status: 'busy'; reason: string }
  | { status: 'unusable'; reason: string }

/** Read errors that say nothing about the file itself (try again later rather than quarantine). */
const TRANSIENT = new Set(['EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY', 'EINTR', 'ENOMEM'])

interface CacheEntry {
  size: number
  mtimeMs: number
  /** Byte offset just past the last newline parsed. */
  parsedBytes: number
  records: ErrorLogRecord[]
  badLines: number
  /** The unterminated last line (torn, or a whole record missing its newline), parsed on its own. */
  tail: ParsedLines
}

/**
 * Tolerant reader with a per-inode cache: rotated files are parsed once, the active file only from
 * where the last read stopped. A file is "unusable" (to be quarantined) when it is not a regular
 * file, cannot be read, is absurdly large, or holds bytes but not one valid record.
 */
export class LogReader {
  private cache = new Map<string, CacheEntry>()
  private seen = new Set<string>()

  constructor(private readonly maxReadableBytes: number) {}

  /** Reads one file; never throws. */
  async read(path: string): Promise<FileReadResult> {
    try {
      const info = await stat(path)
      if (!info.isFile()) return { status: 'unusable', reason: 'not a regular file' }
      if (info.size > this.maxReadableBytes) return { status: 'unusable', reason: `larger than ${this.maxReadableBytes} bytes` }
      const key = `${info.dev}:${info.ino}`
      this.seen.add(key)
      const entry = await this.refresh(path, key, info.size, info.mtimeMs)
      const records = entry.tail.records.length > 0 ? [...entry.records, ...entry.tail.records] : entry.records
      const badLines = entry.badLines + entry.tail.badLines
      if (records.length === 0 && badLines > 0) return { status: 'unusable', reason: 'no readable record' }
      return { status: 'ok', records, badLines }
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (code === 'ENOENT') return { status: 'missing' }
      if (typeof code === 'string' && TRANSIENT.has(code)) return { status: 'busy', reason: code }
      return { status: 'unusable', reason: typeof code === 'string' ? code : 'unreadable' }
    }
  }

  /** Forgets every parsed file (called when the viewer has been idle, to give the memory back). */
  clear(): void {
    this.cache.clear()
    this.seen.clear()
  }

  /**
   * Forgets the file at `path` before it is deleted, so a new file that reuses its inode number can
   * never be mistaken for it (and read as its continuation).
   */
  async forget(path: string): Promise<void> {
    try {
      const info = await stat(path)
      this.cache.delete(`${info.dev}:${info.ino}`)
    } catch {
      // already gone: nothing cached for it can be reached through this path any more
    }
  }

  /** Drops cache entries for files not read since the last call (rotated away or quarantined). */
  prune(): void {
    for (const key of this.cache.keys()) if (!this.seen.has(key)) this.cache.delete(key)
    this.seen = new Set()
  }

  private async refresh(path: string, key: string, size: number, mtimeMs: number): Promise<CacheEntry> {
    const cached = this.cache.get(key)
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached
    const base = cached && size >= cached.size ? cached : { parsedBytes: 0, records: [], badLines: 0 }
    const chunk = await readRange(path, base.parsedBytes, size)
    const end = chunk.lastIndexOf(0x0a) + 1
    const parsed = parseLines(chunk.subarray(0, end).toString('utf8'))
    const entry: CacheEntry = {
      size,
      mtimeMs,
      parsedBytes: base.parsedBytes + end,
      records: parsed.records.length > 0 ? [...base.records, ...parsed.records] : base.records,
      badLines: base.badLines + parsed.badLines,
      tail: parseLines(chunk.subarray(end).toString('utf8'))
    }
    this.cache.set(key, entry)
    return entry
  }
}

async function readRange(path: string, start: number, end: number): Promise<Buffer> {
  if (end <= start) return Buffer.alloc(0)
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(end - start)
    let offset = 0
    while (offset < buffer.length) {
      const { bytesRead } = await handle.read(buffer, offset, buffer.length - offset, start + offset)
      if (bytesRead === 0) break
      offset += bytesRead
    }
    return buffer.subarray(0, offset)
  } finally {
    await handle.close()
  }
}

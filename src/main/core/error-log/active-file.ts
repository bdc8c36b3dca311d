import { closeSync, fdatasyncSync, fstatSync, mkdirSync, openSync, readSync, writeSync as writeFdSync } from 'node:fs'
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises'
import { generationPath } from './log-paths'
import { rotateGenerations } from './rotate'
import { syncDir } from './sync-dir'

const NEWLINE = Buffer.from('\n')

/** Size cap and retention of the active file. */
export interface ActiveFileLimits {
  maxFileBytes: number
  maxFiles: number
  /** fsync the directory after creating or rotating (only when some fsync policy is on). */
  syncDirectory: boolean
  /** Told of each file rotation is about to delete. */
  beforeRemove?: (path: string) => Promise<void>
}

/**
 * The appender: one fd opened O_APPEND on `errors.jsonl`, size-capped rotation, and torn-tail repair
 * (a file not ending in a newline gets one before the next record, so records never fuse with a
 * fragment). Not concurrency-safe by itself: the error log calls it from its single serial queue.
 */
export class ActiveFile {
  private handle: FileHandle | null = null
  private size = 0
  private needsNewline = false
  private dirty = false

  constructor(
    private readonly dir: string,
    private readonly limits: ActiveFileLimits
  ) {}

  /** Path of the file being appended to. */
  get path(): string {
    return generationPath(this.dir, 0)
  }

  /** Appends whole lines, rotating between lines when the next one would pass the cap. */
  async write(lines: readonly Buffer[]): Promise<void> {
    await this.ensureOpen()
    let segment: Buffer[] = []
    let segmentBytes = 0
    for (const line of lines) {
      const projected = this.size + segmentBytes + line.length
      if (projected > this.limits.maxFileBytes && this.size + segmentBytes > 0) {
        if (segment.length > 0) await this.writeAll(segment)
        segment = []
        segmentBytes = 0
        await this.rotate()
      }
      segment.push(line)
      segmentBytes += line.length
    }
    if (segment.length > 0) await this.writeAll(segment)
  }

  /** fdatasync if anything was written since the last sync. */
  async sync(): Promise<void> {
    if (!this.handle || !this.dirty) return
    this.dirty = false
    await this.handle.datasync()
  }

  /** Syncs and closes the fd; the next write reopens (and re-checks the tail). */
  async close(): Promise<void> {
    const handle = this.handle
    if (!handle) return
    this.handle = null
    try {
      if (this.dirty) await handle.datasync()
    } finally {
      this.dirty = false
      await handle.close()
    }
  }

  /**
   * Emergency path (quit, uncaught exception): appends lines synchronously through a fresh fd, with
   * the same torn-tail repair. No rotation; the next async write rotates if the cap was passed.
   */
  writeSync(lines: readonly Buffer[], fsync: boolean): void {
    if (lines.length === 0) return
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    const fd = openSync(this.path, 'a+', 0o600)
    try {
      const size = fstatSync(fd).size
      const tail = Buffer.alloc(1)
      const torn = size > 0 && (readSync(fd, tail, 0, 1, size - 1) !== 1 || tail[0] !== 0x0a)
      const buffer = Buffer.concat(torn ? [NEWLINE, ...lines] : lines)
      let offset = 0
      while (offset < buffer.length) offset += writeFdSync(fd, buffer, offset, buffer.length - offset)
      if (fsync) fdatasyncSync(fd)
      this.size = size + buffer.length
      this.needsNewline = false
    } finally {
      closeSync(fd)
    }
  }

  private async ensureOpen(): Promise<void> {
    if (this.handle) return
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const existed = await stat(this.path).then(() => true, () => false)
    const handle = await open(this.path, 'a', 0o600)
    try {
      const { size } = await handle.stat()
      this.size = size
      this.needsNewline = size > 0 && !(await endsWithNewline(this.path, size))
    } catch (error) {
      await handle.close()
      throw error
    }
    this.handle = handle
    if (!existed && this.limits.syncDirectory) await syncDir(this.dir)
  }

  private async writeAll(lines: Buffer[]): Promise<void> {
    const handle = this.handle
    if (!handle) throw new Error('error log file is not open')
    const buffer = Buffer.concat(this.needsNewline ? [NEWLINE, ...lines] : lines)
    try {
      let offset = 0
      while (offset < buffer.length) {
        const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset)
        offset += bytesWritten
      }
    } catch (error) {
      // Part of the buffer may be on disk without its newline: reopen (re-checking the tail) next time.
      this.handle = null
      await handle.close().catch(() => undefined)
      throw error
    }
    this.size += buffer.length
    this.needsNewline = false
    this.dirty = true
  }

  private async rotate(): Promise<void> {
    await this.close()
    await rotateGenerations(this.dir, this.limits.maxFiles, this.limits.beforeRemove)
    if (this.limits.syncDirectory) await syncDir(this.dir)
    await this.ensureOpen()
  }
}

/** Reads the last byte through a separate read-only fd (the append fd is write-only). */
async function endsWithNewline(path: string, size: number): Promise<boolean> {
  const reader = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await reader.read(Buffer.alloc(1), 0, 1, size - 1)
    return bytesRead === 1 && buffer[0] === 0x0a
  } finally {
    await reader.close()
  }
}

/** A line waiting to be written, with the acknowledgement to settle once it is. */
export interface PendingLine {
  bytes: Buffer
  resolve: () => void
  reject: (error: Error) => void
}

type Job = { kind: 'lines'; lines: PendingLine[]; bytes: number } | { kind: 'task'; run: () => Promise<void> }

/** Batching limits of the queue. */
export interface SerialQueueLimits {
  /** Most bytes handed to one write call. */
  maxBatchBytes: number
  /** Most lines waiting at once; past this, appends are refused (acknowledgement rejects) instead of eating memory. */
  maxPendingLines: number
}

/**
 * The single writer queue: lines and tasks (rotation, reads, quarantine, sync, close) run strictly
 * one at a time in FIFO order, so writes never interleave and reads see every earlier append.
 * Lines appended while a write is in flight are coalesced into one batch for the next write.
 */
export class SerialQueue {
  private readonly jobs: Job[] = []
  private running = false
  private pendingLines = 0

  constructor(
    private readonly writeLines: (lines: Buffer[]) => Promise<void>,
    private readonly limits: SerialQueueLimits
  ) {}

  /** Queues one line; the promise settles when its write completed (or failed). Never does I/O itself. */
  enqueueLine(bytes: Buffer): Promise<void> {
    if (this.pendingLines >= this.limits.maxPendingLines) return Promise.reject(new Error('error log queue is full'))
    return new Promise<void>((resolve, reject) => {
      const last = this.jobs.at(-1)
      const job = last?.kind === 'lines' && last.bytes + bytes.length <= this.limits.maxBatchBytes ? last : this.push({ kind: 'lines', lines: [], bytes: 0 })
      if (job.kind !== 'lines') return
      job.lines.push({ bytes, resolve, reject })
      job.bytes += bytes.length
      this.pendingLines += 1
    })
  }

  /** Runs `task` after everything queued before it, alone. */
  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.push({ kind: 'task', run: () => Promise.resolve().then(task).then(resolve, reject) })
    })
  }

  /** Removes every line not yet handed to a write (for the synchronous emergency flush). */
  takeWaitingLines(): PendingLine[] {
    const taken: PendingLine[] = []
    for (let i = this.jobs.length - 1; i >= 0; i -= 1) {
      const job = this.jobs[i]
      if (job?.kind === 'lines') {
        taken.unshift(...job.lines)
        this.jobs.splice(i, 1)
      }
    }
    this.pendingLines -= taken.length
    return taken
  }

  private push(job: Job): Job {
    this.jobs.push(job)
    if (!this.running) {
      this.running = true
      queueMicrotask(() => void this.drain())
    }
    return job
  }

  private async drain(): Promise<void> {
    for (let job = this.jobs.shift(); job; job = this.jobs.shift()) {
      if (job.kind === 'task') {
        await job.run()
        continue
      }
      const lines = job.lines
      try {
        await this.writeLines(lines.map((l) => l.bytes))
        for (const l of lines) l.resolve()
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error))
        for (const l of lines) l.reject(reason)
      } finally {
        this.pendingLines -= lines.length
      }
    }
    this.running = false
  }
}

import { writeFileAtomic } from './state-file'

/** Writes one complete snapshot to disk (atomically); injectable so tests can hold or fail a save. */
export type WriteState = (file: string, text: string) => Promise<void>

/** Timing and the write itself; tests hold or fail the write, or stretch the debounce. */
export interface PersisterOptions {
  /** Delay before a background change is saved, so a run of them is one write (default 25 ms). */
  debounceMs?: number
  /** Delay before a failed save is retried when nobody is waiting for it (default 1 s). */
  retryMs?: number
  write?: WriteState
}

/** A promise with its settle functions, for callers waiting on the next save. */
interface Waiters {
  promise: Promise<void>
  resolve(): void
  reject(err: Error): void
}

function waiters(): Waiters {
  let resolve!: () => void
  let reject!: (err: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  // Nobody may be listening (a background change); a failed save is logged, never an unhandled rejection.
  promise.catch(() => undefined)
  return { promise, resolve, reject }
}

/**
 * Writes the state to disk after changes, one save at a time (group commit): changes made while a
 * save runs go into the next one. Background changes are debounced; `durable()` starts the next save
 * at once and resolves only when a save containing every change so far is on disk (or rejects if it failed).
 */
export class StatePersister {
  private dirty = false
  private timer: NodeJS.Timeout | null = null
  private soon: NodeJS.Immediate | null = null
  /** The save in progress (never rejects) and the outcome its snapshot's waiters see. */
  private running: { done: Promise<void>; outcome: Promise<void> } | null = null
  /** Callers of durable() whose changes are not in the running save. */
  private next: Waiters | null = null

  private readonly debounceMs: number
  private readonly retryMs: number
  private readonly write: WriteState

  constructor(
    private readonly file: string,
    private readonly snapshot: () => unknown,
    private readonly log: (line: string) => void,
    opts: PersisterOptions = {}
  ) {
    this.debounceMs = opts.debounceMs ?? 25
    this.retryMs = opts.retryMs ?? 1000
    this.write = opts.write ?? writeFileAtomic
  }

  // Marks the state as changed; it is saved within `debounceMs` (sooner when someone calls durable()).
  schedule(): void {
    this.dirty = true
    if (!this.running) this.arm(this.debounceMs)
  }

  // Resolves once every change made so far is on disk; rejects with the error when that save failed.
  durable(): Promise<void> {
    if (!this.dirty) return this.running?.outcome ?? Promise.resolve()
    this.next ??= waiters()
    if (!this.running) this.startSoon()
    return this.next.promise
  }

  // Saves anything pending now and resolves once nothing is left to write (a failure is logged, not thrown).
  async flush(): Promise<void> {
    this.disarm()
    await this.idle()
    if (!this.dirty) return
    this.start()
    await this.idle()
    this.disarm()
  }

  // Waits until no save is running (including any save started right after one finished).
  private async idle(): Promise<void> {
    while (this.running) await this.running.done
  }

  // A background save after `ms`, unless one is already armed.
  private arm(ms: number): void {
    if (this.timer || this.soon) return
    this.timer = setTimeout(() => this.start(), ms)
    this.timer.unref()
  }

  // The next save on the next turn of the event loop, so every change of this turn joins it.
  private startSoon(): void {
    if (this.soon) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.soon = setImmediate(() => this.start())
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    if (this.soon) clearImmediate(this.soon)
    this.timer = null
    this.soon = null
  }

  // Snapshots the state now and writes it; the waiters so far learn the outcome of exactly this save.
  private start(): void {
    this.disarm()
    if (this.running) return
    const mine = this.next ?? waiters()
    this.next = null
    if (!this.dirty) {
      mine.resolve()
      return
    }
    this.dirty = false
    let failed = false
    const outcome = (async () => {
      await this.write(this.file, `${JSON.stringify(this.snapshot(), null, 2)}\n`)
    })()
    const done = outcome.then(
      () => mine.resolve(),
      (err: unknown) => {
        failed = true
        this.dirty = true
        const error = err instanceof Error ? err : new Error(String(err))
        this.log(`sandbox: could not save state to ${this.file}: ${error.message}`)
        mine.reject(error)
      }
    )
    this.running = {
      done: done.then(() => {
        this.running = null
        this.afterSave(failed)
      }),
      outcome: mine.promise
    }
  }

  // Changes that arrived during the save: at once when someone waits for them, else debounced (slower after a failure).
  private afterSave(failed: boolean): void {
    if (!this.dirty) return
    if (this.next) this.startSoon()
    else this.arm(failed ? this.retryMs : this.debounceMs)
  }
}

import { writeFileAtomic } from './state-file'

/**
 * Writes the state to disk after changes: debounced so a burst of changes is one write, and
 * serialized so two writes never race. `flush()` writes anything pending and waits for it.
 */
export class StatePersister {
  private timer: NodeJS.Timeout | null = null
  private dirty = false
  private chain: Promise<void> = Promise.resolve()

  constructor(
    private readonly file: string,
    private readonly snapshot: () => unknown,
    private readonly log: (line: string) => void,
    private readonly debounceMs = 25
  ) {}

  // Marks the state as changed and schedules a write.
  schedule(): void {
    this.dirty = true
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.write()
    }, this.debounceMs)
    this.timer.unref()
  }

  // Writes pending changes now and resolves once everything queued is on disk.
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    return this.write()
  }

  private write(): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (!this.dirty) return
      this.dirty = false
      const text = `${JSON.stringify(this.snapshot(), null, 2)}\n`
      try {
        await writeFileAtomic(this.file, text)
      } catch (err) {
        this.dirty = true
        this.log(`sandbox: could not save state to ${this.file}: ${(err as Error).message}`)
      }
    })
    return this.chain
  }
}

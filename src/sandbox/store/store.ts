import type { StatePersister } from './persister'
import { noteRequestChange, trackRequestChanges } from './request-changes'
import type { SandboxState } from './state'

/** A request's change could not be written to disk, so it must not be acknowledged as done. */
export class StateNotSavedError extends Error {
  constructor(cause: Error) {
    super(`the change could not be saved: ${cause.message}`, { cause })
    this.name = 'StateNotSavedError'
  }
}

/**
 * The sandbox's live state plus two ways to say "it changed": `changed()` for a request's own change
 * (its response waits until the change is on disk) and `changedInBackground()` for work nobody
 * acknowledges (jobs advancing by time, results of background checks), which is saved but never awaited.
 */
export class SandboxStore {
  constructor(
    readonly state: SandboxState,
    private readonly persister: StatePersister | null
  ) {}

  // Tells persistence that `state` was mutated by the request being handled (or by the host, outside requests).
  changed(): void {
    this.persister?.schedule()
    noteRequestChange()
  }

  // Tells persistence that `state` was mutated by background work; no response waits for this save.
  changedInBackground(): void {
    this.persister?.schedule()
  }

  // Runs a request handler and, when it called changed(), resolves only once that change is on disk
  // (group commit); throws StateNotSavedError when the save failed. In-memory stores never wait.
  async commit<T>(handle: () => T | Promise<T>): Promise<T> {
    if (this.persister === null) return handle()
    const { value, changed } = await trackRequestChanges(handle)
    if (!changed) return value
    try {
      await this.persister.durable()
    } catch (err) {
      throw new StateNotSavedError(err instanceof Error ? err : new Error(String(err)))
    }
    return value
  }

  // Writes anything pending and waits for it (used by close()).
  flush(): Promise<void> {
    return this.persister?.flush() ?? Promise.resolve()
  }
}

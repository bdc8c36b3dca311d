import type { SandboxState } from './state'

/**
 * The sandbox's live state plus one way to say "it changed". Resources mutate `state` directly and
 * then call `changed()`, which schedules a (debounced, atomic) write when the sandbox persists.
 */
export class SandboxStore {
  constructor(
    readonly state: SandboxState,
    private readonly onChange: () => void
  ) {}

  // Tells persistence that `state` was mutated.
  changed(): void {
    this.onChange()
  }
}

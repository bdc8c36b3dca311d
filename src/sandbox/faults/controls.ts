import type { FaultInjector, PendingRule } from './injector'
import type { FaultLogEntry } from './log'
import type { FaultRule } from './rule'

/** `handle.faults`: steer fault injection from the same process (tests, the console's own test harness). */
export interface FaultControls {
  /** True only when the sandbox was started with `faults: true` / `--faults`. */
  readonly enabled: boolean
  /** `${url}/__sandbox/faults` when enabled (for out-of-process control), else null. */
  readonly controlUrl: string | null
  /** Adds rules (validated, all or none); throws when fault injection is off or a rule is invalid. */
  push(...rules: FaultRule[]): void
  /** Removes every pending rule (the log is kept). */
  clear(): void
  /** Rules still pending, with firings left. */
  readonly rules: readonly PendingRule[]
  /** Faults served so far, oldest first (live entries: delays and streams complete in place). */
  readonly log: readonly FaultLogEntry[]
  /** Empties the log. */
  clearLog(): void
}

// The public face of an injector; `controlUrl` is where the HTTP control endpoint listens.
export function faultControls(injector: FaultInjector, controlUrl: string): FaultControls {
  return {
    enabled: injector.enabled,
    controlUrl: injector.enabled ? controlUrl : null,
    push: (...rules) => void injector.push(rules),
    clear: () => void injector.clear(),
    get rules() {
      return injector.pending()
    },
    get log() {
      return injector.log.entries
    },
    clearLog: () => injector.log.clear()
  }
}

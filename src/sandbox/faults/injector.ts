import type { Exchange, Interceptor } from '../http/exchange'
import { type Prng, createPrng } from '../store/prng'
import { FaultLog } from './log'
import { compilePathPattern } from './path-pattern'
import { type FaultRule, type ParsedFaultRule, parseFaultRules } from './rule'
import { serveFault } from './serve'

/** A pushed rule with its counters: what is left to skip and to fire, and its own PRNG. */
interface ActiveRule {
  rule: ParsedFaultRule
  label: string
  matches: (path: string) => boolean
  skipLeft: number
  remaining: number | null
  rng: Prng
}

/** A pending rule as shown to callers: the rule plus how many firings are left (null = until cleared). */
export type PendingRule = ParsedFaultRule & { label: string; remaining: number | null; skipLeft: number }

/** What the injector needs from the sandbox. */
export interface InjectorEnv {
  enabled: boolean
  basePath: string
  /** X-RateLimit-Limit for injected 429s. */
  rateLimitPerMinute: number
  log(line: string): void
}

/**
 * Holds fault rules, decides which request a rule hits (method, path, skip, probability, times),
 * serves the fault and logs it. Inert unless the sandbox was started with `faults: true`.
 */
export class FaultInjector {
  readonly log = new FaultLog()
  private rules: ActiveRule[] = []
  private pushed = 0
  private readonly held = new Set<() => void>()

  constructor(private readonly env: InjectorEnv) {}

  get enabled(): boolean {
    return this.env.enabled
  }

  // Validates and appends rules (all or none); refused when fault injection is off.
  push(rules: readonly FaultRule[]): number {
    if (!this.env.enabled) throw new Error('sandbox: fault injection is off; start the sandbox with faults: true (--faults)')
    const checked = parseFaultRules([...rules])
    if (!checked.ok) throw new TypeError(`sandbox: invalid fault rule: ${checked.problem}`)
    for (const rule of checked.rules) {
      this.pushed++
      this.rules.push({
        rule,
        label: rule.name ?? `#${this.pushed}`,
        matches: compilePathPattern(rule.path, this.env.basePath),
        skipLeft: rule.skip,
        remaining: rule.times ?? null,
        rng: createPrng(rule.seed)
      })
    }
    return checked.rules.length
  }

  // Removes every pending rule; returns how many there were.
  clear(): number {
    return this.rules.splice(0).length
  }

  // The rules still pending, in the order they are tried.
  pending(): PendingRule[] {
    return this.rules.map((a) => ({ ...a.rule, label: a.label, remaining: a.remaining, skipLeft: a.skipLeft }))
  }

  // The interceptor that serves faults for API requests (never for anything outside the base path).
  readonly intercept: Interceptor = (ex) => {
    if (!this.env.enabled || ex.apiPath === null) return false
    const hit = this.pick(ex.method, ex.apiPath)
    if (hit === null) return false
    this.serve(hit, ex)
    return true
  }

  // Cancels held delays and streams so close() is quick.
  shutdown(): void {
    for (const cancel of [...this.held]) cancel()
    this.held.clear()
  }

  // The first rule that fires for this request, with its counters advanced.
  private pick(method: string, path: string): ActiveRule | null {
    for (const active of this.rules) {
      const { rule } = active
      if ((rule.method !== '*' && rule.method !== method) || !active.matches(path)) continue
      if (active.skipLeft > 0) {
        active.skipLeft--
        continue
      }
      if (rule.probability < 1 && active.rng.next() >= rule.probability) continue
      if (active.remaining !== null && --active.remaining === 0) this.rules.splice(this.rules.indexOf(active), 1)
      return active
    }
    return null
  }

  private serve(active: ActiveRule, ex: Exchange): void {
    const entry = this.log.open({ requestId: ex.requestId, method: ex.method, path: ex.apiPath ?? '', rule: active.label, kind: active.rule.kind })
    this.env.log(`sandbox: fault ${active.label} (${active.rule.kind}) on ${ex.method} ${ex.url.pathname} ${ex.requestId}`)
    const hold = (cancel: () => void) => {
      this.held.add(cancel)
      return () => this.held.delete(cancel)
    }
    serveFault(active.rule, { exchange: ex, entry, rateLimitPerMinute: this.env.rateLimitPerMinute, hold }).catch((err: unknown) => {
      this.env.log(`sandbox: fault ${active.label} failed: ${String(err)}`)
      entry.done = true
      ex.res.destroy()
    })
  }
}

import { MAIL_STEPS, type MailEndpoint, type MailFailure, type MailProtocol, type MailStep, type StepEvent } from '../../../shared/contract/mail-check'
import { redactDeep } from './redact'

/** Fields a step's error may carry, beyond `code` and `message`. */
export type StepError = Error & { code?: string; responseCode?: number; response?: string; certificate?: Record<string, unknown> }

/** Thrown after a failed step was recorded, so the protocol stops there. */
export class StepFailed extends Error {
  constructor(readonly failure: MailFailure) {
    super(failure.message)
  }
}

/** Times each step, records its facts, emits its event (redacted) and fills unreached steps in as skipped. */
export class StepRecorder {
  readonly events: StepEvent[] = []

  constructor(
    private readonly protocol: MailProtocol,
    private readonly endpoint: Pick<MailEndpoint, 'host' | 'port' | 'mode'>,
    private readonly emit: (event: StepEvent) => void,
    private readonly scrub: (text: string) => string
  ) {}

  // Runs one step; `fn` fills `facts`. On error records a failure and throws StepFailed.
  async run<T>(step: MailStep, fn: (facts: Record<string, unknown>) => Promise<T>): Promise<T> {
    const facts: Record<string, unknown> = {}
    const started = performance.now()
    try {
      const value = await fn(facts)
      this.record({ protocol: this.protocol, step, status: 'ok', durationMs: elapsed(started), facts })
      return value
    } catch (err) {
      const e = err as StepError
      const failure: MailFailure = {
        protocol: this.protocol,
        step,
        host: this.endpoint.host,
        port: this.endpoint.port,
        mode: this.endpoint.mode,
        message: e.message,
        ...(e.code !== undefined && { code: e.code }),
        ...(e.responseCode !== undefined && { responseCode: e.responseCode }),
        ...(e.response !== undefined && { response: e.response }),
        ...(e.certificate !== undefined && { certificate: e.certificate })
      }
      const event = this.record({ protocol: this.protocol, step, status: 'failed', durationMs: elapsed(started), facts, failure })
      throw new StepFailed(event.failure as MailFailure)
    }
  }

  // Marks a step as not applicable (e.g. STARTTLS on implicit TLS).
  skip(step: MailStep, reason: string): void {
    this.record({ protocol: this.protocol, step, status: 'skipped', durationMs: 0, facts: { reason } })
  }

  // The steps that never ran, appended as skipped, so the checklist always shows all of them.
  skipRest(reason: string): void {
    for (const step of MAIL_STEPS) if (!this.events.some((e) => e.step === step)) this.skip(step, reason)
  }

  private record(event: StepEvent): StepEvent {
    const clean = redactDeep(event, this.scrub)
    this.events.push(clean)
    this.emit(clean)
    return clean
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}

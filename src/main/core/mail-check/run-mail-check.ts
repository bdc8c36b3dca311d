import type { MailCheckEvent, MailCheckRequest, MailCheckResult, MailEndpoint, MailProtocol, ProtocolResult, StepEvent } from '../../../shared/contract/mail-check'
import { diagnose } from './diagnose'
import { checkImap } from './imap-check'
import { type MailCheckOptions, resolveOptions } from './options'
import { passwordRedactor, redactDeep } from './redact'
import { checkSmtp } from './smtp-check'
import { StepFailed, StepRecorder } from './step-recorder'

// One protocol end to end: its steps, then (on failure) the diagnosis with its follow-up probes.
async function runProtocol(protocol: MailProtocol, endpoint: MailEndpoint, options: MailCheckOptions, emit: (e: StepEvent) => void): Promise<ProtocolResult> {
  const scrub = passwordRedactor(endpoint.username, endpoint.password)
  const base = resolveOptions(options)
  const opts = { ...base, log: (line: string) => base.log(`${protocol.toUpperCase()} ${scrub(line)}`) }
  const rec = new StepRecorder(protocol, endpoint, emit, scrub)
  try {
    await (protocol === 'smtp' ? checkSmtp : checkImap)(rec, endpoint, opts)
    return { protocol, ok: true, steps: rec.events }
  } catch (err) {
    if (options.signal?.aborted) {
      rec.skipRest('Not reached: the check was cancelled')
      return { protocol, ok: false, cancelled: true, steps: rec.events }
    }
    rec.skipRest('Not reached: an earlier step failed')
    const failure =
      err instanceof StepFailed
        ? err.failure
        : { protocol, step: 'login' as const, host: endpoint.host, port: endpoint.port, mode: endpoint.mode, message: scrub(String((err as Error).message)) }
    const diagnosis = redactDeep(await diagnose(failure, endpoint.username, opts, options), scrub)
    return { protocol, ok: false, steps: rec.events, diagnosis }
  }
}

/**
 * Tests SMTP and IMAP side by side, step by step, with exactly one real login each, and yields every step as it
 * finishes and then the result. Passwords never appear in anything it yields or logs.
 */
export async function* runMailCheck(request: MailCheckRequest, options: MailCheckOptions = {}): AsyncGenerator<MailCheckEvent> {
  const queue: StepEvent[] = []
  let wake: (() => void) | null = null
  const emit = (step: StepEvent) => {
    queue.push(step)
    wake?.()
  }
  const runs = (['smtp', 'imap'] as const).flatMap((protocol) => {
    const endpoint = request[protocol]
    return endpoint ? [runProtocol(protocol, endpoint, options, emit)] : []
  })
  let finished = false
  const all = Promise.all(runs).finally(() => {
    finished = true
    wake?.()
  })
  while (!finished || queue.length > 0) {
    const next = queue.shift()
    if (next) {
      yield { type: 'step', step: next }
      continue
    }
    await new Promise<void>((resolve) => (wake = resolve))
    wake = null
  }
  const result: MailCheckResult = {}
  for (const r of await all) result[r.protocol] = r
  yield { type: 'done', result }
}

/** Runs a check to the end: every step and the final result; `onStep` sees each step as it finishes (live progress). */
export async function collectMailCheck(
  request: MailCheckRequest,
  options: MailCheckOptions = {},
  onStep: (step: StepEvent) => void = () => {}
): Promise<{ steps: StepEvent[]; result: MailCheckResult }> {
  const steps: StepEvent[] = []
  for await (const event of runMailCheck(request, options)) {
    if (event.type === 'step') {
      steps.push(event.step)
      onStep(event.step)
    }
    else return { steps, result: event.result }
  }
  throw new Error('The check ended without a result')
}

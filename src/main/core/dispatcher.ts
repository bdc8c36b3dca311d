import type { z } from 'zod'
import { AppErrorSchema, type AppError } from '../../shared/contract/app-error'
import { parseCallOptions, type CallOptions } from '../../shared/contract/call-options'
import { fail, ok, type Envelope } from '../../shared/contract/envelope'
import { isOperationName, operations, type ApiOperationName, type OperationName } from '../../shared/contract/operations'
import { AppErrorException, makeAppError } from './errors/app-error-factory'
import { callOptionsRefusal } from './errors/call-options-refusal'
import { inputIssuesToAppError } from './errors/input-issues'
import type { ConsoleLog } from './log/console-log'

type Ops = typeof operations

/**
 * One handler per contract row: receives parsed input and the checked call options (`{}` when none
 * were given), returns the output before output parsing. API handlers return the server's body as
 * `unknown`: it is untrusted until the output schema parses it.
 */
export type Handlers = {
  [N in OperationName]: (input: z.output<Ops[N]['input']>, options: CallOptions) => Promise<N extends ApiOperationName ? unknown : z.input<Ops[N]['output']>>
}

/** Told of every failed operation (the error as it crosses the boundary, and how long it took): the error log's feed. */
/**
 * Told of every failed operation with its checked input (when it passed the schema); may return the id of
 * the error-log record it wrote, which the envelope's AppError then carries as `logId`.
 */
export type FailureListener = (operation: OperationName, error: AppError, durationMs: number, input?: unknown) => string | void

function internal(operation: string, message: string): AppError {
  return makeAppError({ kind: 'internal', operation, guidance: 'report-bug', message })
}

/** Re-parses an error against the allow-list schema so only known fields ever cross the boundary. */
function sanitize(error: AppError, operation: string, log: ConsoleLog): AppError {
  const parsed = AppErrorSchema.safeParse(error)
  if (parsed.success) return parsed.data
  log.error('error object failed its schema', { operation, issues: parsed.error.issues.map((i) => i.path.join('.')) })
  return internal(operation, 'The console produced an error it could not describe.')
}

// Inputs are plain objects (or nothing): a Map, Date or typed array would read as `{}` to a schema with no fields.
function isPlainInput(input: unknown): boolean {
  if (input === undefined || input === null) return true
  if (typeof input !== 'object' || Array.isArray(input)) return true // the schema refuses these with a precise issue
  const proto = Object.getPrototypeOf(input) as unknown
  return proto === Object.prototype || proto === null
}

/** Applied to every envelope on its way out: the boundary scrub (the core passes its one Redactor). */
export type OutgoingScrub = <T>(value: T) => T

/**
 * The core's front door: strict input and call-options parsing before any handler runs, output parsing after, and
 * every outcome as an envelope, scrubbed of secrets on the way out. Unknown exceptions (even from
 * parsing a hostile input) become `internal` errors with no raw detail.
 */
export function createDispatcher(handlers: Handlers, log: ConsoleLog, onFailure: FailureListener = () => {}, scrub: OutgoingScrub = (v) => v) {
  async function run(operation: OperationName, input: unknown, options: unknown): Promise<Envelope<unknown>> {
    const started = Date.now()
    let checkedInput: unknown
    const failed = (error: AppError): Envelope<unknown> => {
      const logId = onFailure(operation, error, Date.now() - started, checkedInput)
      return fail(logId ? { ...error, logId } : error)
    }
    const spec = operations[operation]
    try {
      const parsedOptions = parseCallOptions(options)
      if (!parsedOptions.ok) return failed(callOptionsRefusal(operation))
      if (!isPlainInput(input)) {
        return failed(makeAppError({ kind: 'validation', operation, guidance: 'fix-request', attempts: 0, issues: [],
          message: 'The console refused this request before sending it: its input is not a plain object.' }))
      }
      const parsedInput = spec.input.safeParse(input ?? {})
      if (!parsedInput.success) return failed(sanitize(inputIssuesToAppError(operation, parsedInput.error), operation, log))
      checkedInput = parsedInput.data
      const handler = handlers[operation] as (i: unknown, o: CallOptions) => Promise<unknown>
      const raw = await handler(parsedInput.data, parsedOptions.options ?? {})
      const parsedOutput = spec.output.safeParse(raw)
      if (!parsedOutput.success) {
        log.warn('unexpected response shape', { operation, issues: parsedOutput.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) })
        return failed(makeAppError({ kind: 'server', operation, guidance: 'report-bug', retryable: false,
          message: 'ColdSend answered with data the console does not understand.' }))
      }
      return ok(parsedOutput.data)
    } catch (error) {
      if (error instanceof AppErrorException) return failed(sanitize({ ...error.appError, operation }, operation, log))
      log.error(`operation ${operation} failed unexpectedly`, error)
      return failed(internal(operation, 'Something went wrong inside the console. The details are in the log.'))
    }
  }

  return async function invoke(operation: string, input: unknown, options?: unknown): Promise<Envelope<unknown>> {
    if (!isOperationName(operation)) return fail(internal('unknown', 'Unknown operation.'))
    return scrub(await run(operation, input, options))
  }
}

import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'

/**
 * The invalid-input error for call options that are not `{}` or `{ priority: 'background' }`: the
 * same answer from the IPC adapter, the browser-mode bridge and the dispatcher. Names no value.
 */
export function callOptionsRefusal(operation: string): AppError {
  return makeAppError({
    kind: 'validation',
    operation: operation.slice(0, 100),
    guidance: 'fix-request',
    attempts: 0,
    issues: [],
    message: "The console refused this request before sending it: its call options are not valid (the only option is { priority: 'background' })."
  })
}

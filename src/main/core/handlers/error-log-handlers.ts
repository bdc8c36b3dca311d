import type { Handlers } from '../dispatcher'
import type { ErrorLog } from '../error-log'

type ErrorLogHandlers = Pick<Handlers, 'errorLog.query' | 'errorLog.export' | 'errorLog.import'>

/** The error log viewer's operations: local reads of the JSONL log, no network, no key (design §6). */
export function createErrorLogHandlers(errorLog: ErrorLog): ErrorLogHandlers {
  return {
    'errorLog.query': (input) => errorLog.query(input),
    'errorLog.export': (input) => errorLog.export(input),
    'errorLog.import': async (input) => errorLog.import(input.text)
  }
}

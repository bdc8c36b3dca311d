import type { Handlers } from '../dispatcher'
import type { ErrorLog } from '../error-log'
import { makeAppError, raise } from '../errors/app-error-factory'

type ErrorLogHandlers = Pick<
  Handlers,
  'errorLog.query' | 'errorLog.export' | 'errorLog.import' | 'errorLog.get' | 'errorLog.groups' | 'errorLog.info' | 'errorLog.clear'
>

/** The error log viewer's operations: local reads of the JSONL log, no network, no key (design §6). */
export function createErrorLogHandlers(errorLog: ErrorLog): ErrorLogHandlers {
  return {
    'errorLog.query': (input) => errorLog.query(input),
    'errorLog.export': (input) => errorLog.export(input),
    // Undecodable bytes become U+FFFD, so such a line fails its record check and is counted as skipped.
    'errorLog.import': async (input) => errorLog.import(input.text ?? new TextDecoder('utf-8').decode(input.bytes)),
    'errorLog.get': async (input) => {
      const record = await errorLog.get(input.id, input.source)
      if (!record) {
        raise(makeAppError({ kind: 'not_found', resource: 'error record', operation: 'errorLog.get', guidance: 'refresh-list',
          message: input.source === 'imported' ? 'That record is not in the imported log.' : 'That record is no longer in the error log (it may have been cleared or rotated away).' }))
      }
      return record
    },
    'errorLog.groups': (input) => errorLog.groups(input),
    'errorLog.info': () => errorLog.info(),
    'errorLog.clear': async (input) => ({ cleared: await errorLog.clear(input.source) })
  }
}

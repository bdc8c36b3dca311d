import type { z } from 'zod'
import type { AppError } from '../../../shared/contract/app-error'
import { locToPath } from '../../../shared/loc-path'
import { makeAppError } from './app-error-factory'

/**
 * Turns a contract input rejection into a validation AppError whose `loc` looks like the server's
 * (`["body", …]`), so the renderer marks the same field either way.
 */
export function inputIssuesToAppError(operation: string, error: z.ZodError): AppError {
  const issues = error.issues.slice(0, 50).map((issue) => {
    const loc: (string | number)[] = ['body', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))]
    return { loc, path: locToPath(loc).path, msg: issue.message.slice(0, 500), type: `contract.${issue.code}`, source: 'client' as const }
  })
  return makeAppError({
    kind: 'validation',
    issues,
    operation,
    attempts: 0,
    message: `The console refused this request before sending it: ${issues.length} field${issues.length === 1 ? '' : 's'} need attention.`,
    guidance: 'fix-fields'
  })
}

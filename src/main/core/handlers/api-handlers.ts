import type { CallOptions } from '../../../shared/contract/call-options'
import { operations, type ApiOperationName, type OperationName } from '../../../shared/contract/operations'
import type { ProfileClients } from '../api/profile-clients'
import { callPriority } from '../api/priority'
import { AppErrorException, makeAppError, raise } from '../errors/app-error-factory'
import type { Redactor } from '../log/redactor'
import type { ProfileService } from '../profiles/profile-service'

/** Names of the operations that call the ColdSend API. */
export const API_OPERATIONS = (Object.keys(operations) as OperationName[]).filter(
  (name): name is ApiOperationName => 'api' in operations[name]
)

/** Input fields whose values are mail passwords: registered with the redactor before anything is sent. */
const PASSWORD_FIELDS = ['smtp_password', 'imap_password'] as const

// SMTP/IMAP passwords may come back inside a server's error text; the redactor must know them first.
function rememberPasswords(redactor: Redactor, input: unknown, depth = 0): void {
  if (depth > 3 || input === null || typeof input !== 'object' || ArrayBuffer.isView(input)) return
  if (Array.isArray(input)) {
    for (const item of input) rememberPasswords(redactor, item, depth + 1)
    return
  }
  const record = input as Record<string, unknown>
  for (const field of PASSWORD_FIELDS) {
    const value = record[field]
    if (typeof value === 'string') redactor.remember(value)
  }
  for (const value of Object.values(record)) if (typeof value === 'object') rememberPasswords(redactor, value, depth + 1)
}

/**
 * Generic handler for API operations: resolve the active profile, map op → method + path from the
 * contract, call through that profile's client (its request budget, retries and reconciliation) at
 * the row's priority — background when the caller asked for it and the row is a read.
 */
export function createApiHandlers(profiles: ProfileService, clients: ProfileClients, redactor: Redactor) {
  const handlers = {} as Record<ApiOperationName, (input: Record<string, unknown>, options?: CallOptions) => Promise<unknown>>
  for (const name of API_OPERATIONS) {
    const spec = operations[name]
    const binding = spec.api
    handlers[name] = async (input, options = {}) => {
      const priority = callPriority(spec, options.priority)
      const connection = profiles.connection()
      if (!connection) {
        raise(makeAppError({ kind: 'config', reason: 'no_profile', operation: name, guidance: 'choose-profile',
          message: 'No connection profile is active. Add or choose one in Settings.' }))
      }
      rememberPasswords(redactor, input)
      try {
        const result = await clients.clientFor(connection.id, connection.baseUrl, connection.getKey).call(name, binding, input, { priority })
        return result.body
      } catch (error) {
        if (error instanceof AppErrorException && error.appError.kind === 'forbidden') profiles.noteScopes(connection.id, error.appError.granted)
        throw error
      }
    }
  }
  return handlers
}

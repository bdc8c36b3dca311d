import { operations, type ApiOperationName, type OperationName } from '../../../shared/contract/operations'
import { createApiClient } from '../api/api-client'
import { AppErrorException, makeAppError, raise } from '../errors/app-error-factory'
import type { RateLimitHeaders } from '../errors/rate-limit-headers'
import type { ProfileService } from '../profiles/profile-service'

/** Names of the operations that call the ColdSend API. */
export const API_OPERATIONS = (Object.keys(operations) as OperationName[]).filter(
  (name): name is ApiOperationName => 'api' in operations[name]
)

/**
 * Generic handler for API operations: resolve the active profile, map op → method + path from the
 * contract, call through that profile's client. One client per profile and base URL.
 */
export function createApiHandlers(profiles: ProfileService, onRateLimit: (profileId: string, headers: RateLimitHeaders) => void) {
  const clients = new Map<string, ReturnType<typeof createApiClient>>()

  const clientFor = (id: string, baseUrl: string, getKey: () => Promise<string | null>) => {
    const cacheKey = `${id} ${baseUrl}`
    let client = clients.get(cacheKey)
    if (!client) {
      client = createApiClient({ baseUrl, getKey, onRateLimitHeaders: (h) => onRateLimit(id, h) })
      clients.set(cacheKey, client)
    }
    return client
  }

  const handlers = {} as Record<ApiOperationName, (input: Record<string, unknown>) => Promise<unknown>>
  for (const name of API_OPERATIONS) {
    const binding = operations[name].api
    handlers[name] = async (input) => {
      const connection = profiles.connection()
      if (!connection) {
        raise(makeAppError({ kind: 'config', reason: 'no_profile', operation: name, guidance: 'choose-profile',
          message: 'No connection profile is active. Add or choose one in Settings.' }))
      }
      try {
        const result = await clientFor(connection.id, connection.baseUrl, connection.getKey).call(name, binding, input)
        return result.body
      } catch (error) {
        if (error instanceof AppErrorException && error.appError.kind === 'forbidden') profiles.noteScopes(connection.id, error.appError.granted)
        throw error
      }
    }
  }
  return handlers
}

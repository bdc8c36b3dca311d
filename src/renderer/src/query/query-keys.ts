import type { OperationName } from '../../../shared/contract/operations'

/** The cache key of one API read: which account (profile), which operation, which input. */
export type ApiQueryKey = readonly ['api', string, OperationName, unknown]

/** Builds the key of one read; the profile is part of it so another account never sees this data. */
export function apiQueryKey(profileId: string, name: OperationName, input: unknown): ApiQueryKey {
  return ['api', profileId, name, input]
}

/** The key prefix matching every cached read of `name` for a profile (what a mutation invalidates). */
export function operationPrefix(profileId: string, name: OperationName): readonly ['api', string, OperationName] {
  return ['api', profileId, name]
}

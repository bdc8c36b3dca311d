import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import type { AppError } from '../../../shared/contract/app-error'
import type { OperationName, OpInput, OpOutput } from '../../../shared/contract/operations'
import { useFacade } from '../bridge/facade-context'
import { useProfilesStore } from '../stores/profiles-store'
import { callOperation } from './call-operation'
import { operationPrefix } from './query-keys'

/**
 * One API write. On success (and on an outcome that may have applied) it invalidates the reads it
 * changes, named by operation, for the active profile, so every screen showing them refetches.
 */
export function useApiMutation<N extends OperationName>(
  name: N,
  invalidates: readonly OperationName[]
): UseMutationResult<OpOutput<N>, AppError, OpInput<N>> {
  const facade = useFacade()
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId)
  const invalidate = () =>
    Promise.all(invalidates.map((op) => client.invalidateQueries({ queryKey: operationPrefix(profileId ?? '', op) })))
  return useMutation({
    mutationFn: (input: OpInput<N>) => callOperation(facade, name, input),
    onSuccess: invalidate,
    onError: (error) => {
      if ('mayHaveApplied' in error && error.mayHaveApplied) return invalidate()
      return undefined
    }
  })
}

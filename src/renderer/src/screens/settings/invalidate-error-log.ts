import type { QueryClient } from '@tanstack/react-query'
import { OPERATION_NAMES } from '../../../../shared/contract/operations'
import { operationPrefix } from '../../query/query-keys'

/** Every cached read of the error log (list, groups, records, info, the nav badge) refetches: after a clear, none may show gone records. */
export function invalidateErrorLogReads(client: QueryClient): Promise<unknown> {
  const reads = OPERATION_NAMES.filter((op) => op.startsWith('errorLog.'))
  return Promise.all(reads.map((op) => client.invalidateQueries({ queryKey: operationPrefix('local', op) })))
}

import { useQueryClient } from '@tanstack/react-query'
import { operationPrefix } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import { LEAD_READS } from './lead-reads'

/** Marks every lead read and the campaign's counts stale (shown ones refetch): for changes made outside a mutation, such as a finished CSV import. */
export function useRefreshLeadReads(): () => void {
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId)
  return () => {
    for (const op of LEAD_READS) void client.invalidateQueries({ queryKey: operationPrefix(profileId ?? '', op) })
  }
}

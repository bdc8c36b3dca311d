import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { useApiQuery } from '../../query/use-api-query'
import { useDebouncedValue } from '../../query/use-debounced-value'

const DEBOUNCE_MS = 400

/**
 * The existing campaign whose name equals what is being typed (ignoring case and outer spaces), so
 * the form can warn before a second "Q4 outreach" is made. A warning only: ColdSend allows duplicates.
 */
export function useDuplicateName(typed: string): CampaignSummary | null {
  const wanted = typed.trim()
  const term = useDebouncedValue(wanted, DEBOUNCE_MS)
  const enabled = term.length >= 3
  const matches = useApiQuery('campaigns.list', { search: term, limit: 20, page: 1 }, { enabled, refresh: false })
  if (!enabled || term !== wanted) return null
  return matches.data?.campaigns.find((c) => c.name.trim().toLowerCase() === term.toLowerCase()) ?? null
}

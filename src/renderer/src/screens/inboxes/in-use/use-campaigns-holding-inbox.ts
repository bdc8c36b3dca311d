import type { AppError } from '../../../../../shared/contract/app-error'
import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { useCampaignDetailsWithInbox, useNewestCampaigns } from '../campaign-details-with-inbox'

/** How many campaign details the dialog reads when the refusal named no campaigns (each is one request). */
export const HOLDING_SCAN_LIMIT = 50

/** The campaigns that hold the inbox (any status, finished ones too: they block the delete as well). */
export interface CampaignsHoldingInbox {
  campaigns: CampaignDetail[]
  /** Names the refusal gave that the console could not match to a campaign holding the inbox. */
  unmatched: string[]
  loading: boolean
  error: AppError | null
  /** Reads the list and the details again (after a failure, or before a second try). */
  refetch: () => Promise<unknown>
}

/**
 * The refusal names the campaigns, not their ids: the campaign list is read, the rows with those names
 * (every row, up to a limit, when no names came) are read in detail, and the ones whose inboxes include
 * this inbox are returned. Details always come fresh (staleTime 0): the flow is planned from them.
 */
export function useCampaignsHoldingInbox(inboxId: string, names: readonly string[] | undefined): CampaignsHoldingInbox {
  const list = useNewestCampaigns()
  const rows = list.data?.campaigns ?? []
  const candidates = names && names.length > 0 ? rows.filter((c) => names.includes(c.name)) : rows.slice(0, HOLDING_SCAN_LIMIT)
  const { details, campaigns } = useCampaignDetailsWithInbox(inboxId, candidates, true)
  const loading = list.isPending || details.some((d) => d.isPending)
  const error = list.error ?? details.find((d) => d.error)?.error ?? null
  const unmatched = loading ? [] : (names ?? []).filter((n) => !campaigns.some((c) => c.name === n))
  const refetch = () => Promise.all([list.refetch(), ...details.map((d) => d.refetch())])
  return { campaigns, unmatched, loading, error: error as AppError | null, refetch }
}

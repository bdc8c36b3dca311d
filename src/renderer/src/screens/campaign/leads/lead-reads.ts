import type { OperationName } from '../../../../../shared/contract/operations'
import { CAMPAIGN_READS } from '../../campaigns/campaign-reads'

/** The cached reads a lead change (add, upload, delete) makes stale: the lead list, lead stats, and the campaign's counts. */
export const LEAD_READS: readonly OperationName[] = ['leads.list', 'leads.stats', ...CAMPAIGN_READS]

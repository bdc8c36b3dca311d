import { useMemo } from 'react'
import { useApiQuery } from '../../../query/use-api-query'
import type { PreviewLead } from '../preview/ContentPreview'

/** How many leads the preview and the merge-field check look at (one request). */
export const LEAD_SAMPLE_SIZE = 50

/** The leads the preview can render for, and the custom field names any of them has. */
export interface LeadSample {
  leads: PreviewLead[]
  leadFields: string[]
  loaded: boolean
}

/**
 * The first page of the campaign's leads, for previewing templates and checking merge fields
 * against the fields leads really have (a typo such as `{{ custom_colum }}` matches none).
 */
export function useLeadSample(campaignId: string): LeadSample {
  const query = useApiQuery('leads.list', { campaign_id: campaignId, page: 1, limit: LEAD_SAMPLE_SIZE })
  return useMemo(() => {
    const leads = (query.data?.leads ?? []) as PreviewLead[]
    const fields = new Set<string>()
    for (const lead of leads) for (const key of Object.keys(lead.custom_fields ?? {})) fields.add(key)
    return { leads, leadFields: [...fields].sort(), loaded: query.data !== undefined }
  }, [query.data])
}

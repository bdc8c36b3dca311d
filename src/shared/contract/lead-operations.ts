import {
  LeadAddInputSchema,
  LeadBulkDeleteInputSchema,
  LeadBulkDeletedSchema,
  LeadCampaignInputSchema,
  LeadDeletedSchema,
  LeadDetailSchema,
  LeadIdInputSchema,
  LeadListInputSchema,
  LeadListOutputSchema,
  LeadSchema,
  LeadStatsSchema,
  LeadUploadInputSchema,
  LeadUploadJobInputSchema,
  LeadUploadProgressSchema,
  LeadUploadStartedSchema
} from './leads'
import { op } from './operation-spec'

/**
 * Lead rows of the contract (L1–L7). The upload-progress poll is not interactive: it runs in the
 * background while a progress bar shows, so under a rate limit it waits its turn (and yields to the
 * person's own calls) instead of failing the bar with "rate limited until …".
 */
export const leadOperations = {
  'leads.add': op({
    input: LeadAddInputSchema,
    output: LeadSchema,
    api: { method: 'POST', path: '/campaigns/{campaign_id}/leads/manual', scope: 'leads:create' },
    interactive: true
  }),
  'leads.list': op({
    input: LeadListInputSchema,
    output: LeadListOutputSchema,
    api: { method: 'GET', path: '/campaigns/{campaign_id}/leads', scope: 'leads:read' },
    interactive: true
  }),
  'leads.get': op({
    input: LeadIdInputSchema,
    output: LeadDetailSchema,
    api: { method: 'GET', path: '/campaigns/{campaign_id}/leads/{lead_id}', scope: 'leads:read' },
    interactive: true
  }),
  /** Only PENDING leads can be deleted (400 otherwise). */
  'leads.delete': op({
    input: LeadIdInputSchema,
    output: LeadDeletedSchema,
    api: { method: 'DELETE', path: '/campaigns/{campaign_id}/leads/{lead_id}', scope: 'leads:delete' },
    interactive: true
  }),
  /** `DELETE /campaigns/{id}/leads` with a JSON body `{"lead_ids": […]}`; non-PENDING leads are skipped. */
  'leads.bulkDelete': op({
    input: LeadBulkDeleteInputSchema,
    output: LeadBulkDeletedSchema,
    api: { method: 'DELETE', path: '/campaigns/{campaign_id}/leads', scope: 'leads:delete', encoding: { kind: 'json' } },
    interactive: true
  }),
  'leads.stats': op({
    input: LeadCampaignInputSchema,
    output: LeadStatsSchema,
    api: { method: 'GET', path: '/campaigns/{campaign_id}/leads/stats', scope: 'leads:read' },
    interactive: true
  }),
  /** Multipart: part `file` (the CSV, named `file_name`) and part `mapping` (the mapping as a JSON string). */
  'leads.upload': op({
    input: LeadUploadInputSchema,
    output: LeadUploadStartedSchema,
    api: {
      method: 'POST',
      path: '/campaigns/{campaign_id}/leads',
      scope: 'leads:create',
      encoding: { kind: 'multipart', file: { part: 'file', contentFrom: 'csv', fileNameFrom: 'file_name', contentType: 'text/csv' } }
    },
    interactive: true
  }),
  'leads.uploadStatus': op({
    input: LeadUploadJobInputSchema,
    output: LeadUploadProgressSchema,
    api: { method: 'GET', path: '/campaigns/{campaign_id}/leads/upload/{job_id}', scope: 'leads:read' },
    interactive: false
  })
} as const

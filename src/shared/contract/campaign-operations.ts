import {
  CampaignCreateInputSchema,
  CampaignCreatedSchema,
  CampaignDeletedSchema,
  CampaignDetailSchema,
  CampaignIdInputSchema,
  CampaignListInputSchema,
  CampaignListOutputSchema,
  CampaignStatusChangedSchema,
  CampaignUpdateInputSchema,
  CampaignUpdatedSchema
} from './campaigns'
import { op } from './operation-spec'

/** Campaign rows of the contract (C1–C7). Every one is started by a person who waits for it. */
export const campaignOperations = {
  'campaigns.list': op({
    input: CampaignListInputSchema,
    output: CampaignListOutputSchema,
    api: { method: 'GET', path: '/campaigns', scope: 'campaigns:read' },
    interactive: true
  }),
  'campaigns.create': op({
    input: CampaignCreateInputSchema,
    output: CampaignCreatedSchema,
    api: { method: 'POST', path: '/campaigns', scope: 'campaigns:create' },
    interactive: true
  }),
  'campaigns.get': op({
    input: CampaignIdInputSchema,
    output: CampaignDetailSchema,
    api: { method: 'GET', path: '/campaigns/{campaign_id}', scope: 'campaigns:read' },
    interactive: true
  }),
  /** Config, inboxes, variants, sequences, and `launch: true` (which needs only `campaigns:update`). */
  'campaigns.update': op({
    input: CampaignUpdateInputSchema,
    output: CampaignUpdatedSchema,
    api: { method: 'PUT', path: '/campaigns/{campaign_id}', scope: 'campaigns:update' },
    interactive: true
  }),
  'campaigns.pause': op({
    input: CampaignIdInputSchema,
    output: CampaignStatusChangedSchema,
    api: { method: 'POST', path: '/campaigns/{campaign_id}/pause', scope: 'campaigns:pause' },
    interactive: true
  }),
  'campaigns.activate': op({
    input: CampaignIdInputSchema,
    output: CampaignStatusChangedSchema,
    api: { method: 'POST', path: '/campaigns/{campaign_id}/activate', scope: 'campaigns:activate' },
    interactive: true
  }),
  /** The `/resume` alias of activate (the MCP server names both); kept for servers that only know one. */
  'campaigns.resume': op({
    input: CampaignIdInputSchema,
    output: CampaignStatusChangedSchema,
    api: { method: 'POST', path: '/campaigns/{campaign_id}/resume', scope: 'campaigns:activate' },
    interactive: true
  }),
  'campaigns.delete': op({
    input: CampaignIdInputSchema,
    output: CampaignDeletedSchema,
    api: { method: 'DELETE', path: '/campaigns/{campaign_id}', scope: 'campaigns:delete' },
    interactive: true
  })
} as const

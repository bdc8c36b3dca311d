import type { z } from 'zod'
import type { OperationName } from './names'
import { AppInfoSchema, DoneSchema, EmptyInputSchema } from './app'
import {
  CampaignCreateInputSchema,
  CampaignCreatedSchema,
  CampaignDetailSchema,
  CampaignIdInputSchema,
  CampaignListInputSchema,
  CampaignListOutputSchema
} from './campaigns'
import {
  ConnectionTestInputSchema,
  ConnectionTestResultSchema,
  ProfileIdInputSchema,
  ProfileListSchema,
  ProfileSaveInputSchema,
  ProfileViewSchema,
  SecretStorageStatusSchema,
  WeakerStorageInputSchema
} from './profiles'

/** HTTP binding of an API operation: the renderer never sends URLs; the core maps op → method + path. */
export interface ApiBinding {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Path template relative to the base URL; `{name}` segments are filled from the input. */
  path: string
  scope: string
}

/** One row of the contract table. */
export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  api?: ApiBinding
  /** Interactive calls fail fast on rate limits instead of waiting (design §4). */
  interactive?: boolean
}

function op<S extends OperationSpec>(spec: S): S {
  return spec
}

/** The contract: every operation the renderer can ask for, with its schemas. One table, one source of truth. */
export const operations = {
  'app.info': op({ input: EmptyInputSchema, output: AppInfoSchema }),

  'profiles.list': op({ input: EmptyInputSchema, output: ProfileListSchema }),
  'profiles.save': op({ input: ProfileSaveInputSchema, output: ProfileViewSchema }),
  'profiles.remove': op({ input: ProfileIdInputSchema, output: DoneSchema }),
  'profiles.activate': op({ input: ProfileIdInputSchema, output: ProfileViewSchema }),
  'profiles.test': op({ input: ConnectionTestInputSchema, output: ConnectionTestResultSchema }),
  'secrets.allowWeakerStorage': op({ input: WeakerStorageInputSchema, output: SecretStorageStatusSchema }),

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
  })
} as const satisfies Record<OperationName, OperationSpec>

/** Parsed (post-default) input type of an operation. */
export type OpInput<N extends OperationName> = z.input<(typeof operations)[N]['input']>

/** Output type of an operation. */
export type OpOutput<N extends OperationName> = z.output<(typeof operations)[N]['output']>

/** Operations that call the ColdSend API (their rows carry an `api` binding). */
export type ApiOperationName = {
  [N in OperationName]: (typeof operations)[N] extends { api: ApiBinding } ? N : never
}[OperationName]

export { OPERATION_NAMES, isOperationName, type OperationName } from './names'

import type { z } from 'zod'
import type { OperationName } from './names'
import { analyticsOperations } from './analytics-operations'
import { AppInfoSchema, DoneSchema, EmptyInputSchema } from './app'
import { campaignOperations } from './campaign-operations'
import {
  ErrorLogClearedSchema,
  ErrorLogClearInputSchema,
  ErrorLogExportInputSchema,
  ErrorLogExportSchema,
  ErrorLogGetInputSchema,
  ErrorLogGroupsInputSchema,
  ErrorLogGroupsSchema,
  ErrorLogImportInputSchema,
  ErrorLogImportResultSchema,
  ErrorLogInfoSchema,
  ErrorLogPageSchema,
  ErrorLogQueryInputSchema,
  ErrorLogRecordSchema
} from './error-log'
import { leadOperations } from './lead-operations'
import { MailCheckReportSchema, MailCheckRequestSchema } from './mail-check'
import { DeliverabilityReportSchema, MailDeliverabilityInputSchema, MailDiscoverInputSchema, MailDiscoveryResultSchema } from './mail-discovery'
import { op, type ApiBinding, type OperationSpec } from './operation-spec'
import {
  ConnectionTestInputSchema,
  ConnectionTestResultSchema,
  ProfileIdInputSchema,
  ProfileListSchema,
  ProfileRemoveInputSchema,
  ProfileSaveInputSchema,
  ProfileViewSchema,
  SecretStorageStatusSchema,
  WeakerStorageInputSchema
} from './profiles'
import { senderOperations } from './sender-operations'

export type { ApiBinding, MultipartFile, OperationSpec, RequestEncoding } from './operation-spec'

/** Local rows: answered by the core itself, no API call. */
const localOperations = {
  'app.info': op({ input: EmptyInputSchema, output: AppInfoSchema }),

  'profiles.list': op({ input: EmptyInputSchema, output: ProfileListSchema }),
  'profiles.save': op({ input: ProfileSaveInputSchema, output: ProfileViewSchema }),
  'profiles.remove': op({ input: ProfileRemoveInputSchema, output: DoneSchema }),
  'profiles.activate': op({ input: ProfileIdInputSchema, output: ProfileViewSchema }),
  'profiles.test': op({ input: ConnectionTestInputSchema, output: ConnectionTestResultSchema }),
  // Brings the built-in Sandbox profile back after it was removed (its sandbox data was never deleted).
  'profiles.restoreSandbox': op({ input: EmptyInputSchema, output: ProfileViewSchema }),
  'secrets.allowWeakerStorage': op({ input: WeakerStorageInputSchema, output: SecretStorageStatusSchema }),

  // The error log is local: it answers with no network and no key (design §6).
  'errorLog.query': op({ input: ErrorLogQueryInputSchema, output: ErrorLogPageSchema }),
  'errorLog.export': op({ input: ErrorLogExportInputSchema, output: ErrorLogExportSchema }),
  'errorLog.import': op({ input: ErrorLogImportInputSchema, output: ErrorLogImportResultSchema }),
  'errorLog.get': op({ input: ErrorLogGetInputSchema, output: ErrorLogRecordSchema }),
  'errorLog.groups': op({ input: ErrorLogGroupsInputSchema, output: ErrorLogGroupsSchema }),
  'errorLog.info': op({ input: EmptyInputSchema, output: ErrorLogInfoSchema }),
  'errorLog.clear': op({ input: ErrorLogClearInputSchema, output: ErrorLogClearedSchema }),

  // The inbox wizard's local lookups: DNS and autoconfig from this machine, no ColdSend call, no password.
  'mail.discover': op({ input: MailDiscoverInputSchema, output: MailDiscoveryResultSchema }),
  'mail.deliverability': op({ input: MailDeliverabilityInputSchema, output: DeliverabilityReportSchema }),
  // The layer-by-layer SMTP/IMAP check from this machine: one login attempt per protocol, never in cleartext.
  'mail.check': op({ input: MailCheckRequestSchema, output: MailCheckReportSchema })
} as const

/**
 * The contract: every operation the renderer can ask for, with its schemas. One table, one source of
 * truth, assembled from one small table per domain.
 */
export const operations = {
  ...localOperations,
  ...campaignOperations,
  ...leadOperations,
  ...senderOperations,
  ...analyticsOperations
} as const satisfies Record<OperationName, OperationSpec>

// names.ts (zod-free, bundled by the preload) and this table must list exactly the same operations.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const tableMatchesNames: Exactly<keyof typeof operations, OperationName> = true
void tableMatchesNames

/** Parsed (post-default) input type of an operation. */
export type OpInput<N extends OperationName> = z.input<(typeof operations)[N]['input']>

/** Output type of an operation. */
export type OpOutput<N extends OperationName> = z.output<(typeof operations)[N]['output']>

/** Operations that call the ColdSend API (their rows carry an `api` binding). */
export type ApiOperationName = {
  [N in OperationName]: (typeof operations)[N] extends { api: ApiBinding } ? N : never
}[OperationName]

export { OPERATION_NAMES, isOperationName, type OperationName } from './names'

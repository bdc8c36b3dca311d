import { z } from 'zod'

/** Every error kind the console distinguishes; one union shared by core and renderer (design §3). */
export const APP_ERROR_KINDS = [
  'validation',
  'business',
  'auth',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'server',
  'unavailable',
  'network',
  'timeout',
  'unknown_outcome',
  'config',
  'internal'
] as const

/** Kinds of failure; the renderer switches on this, never on message text. */
export type AppErrorKind = (typeof APP_ERROR_KINDS)[number]

/** Guidance ids: the renderer turns each into an actionable message with fix steps. */
export const GUIDANCE_IDS = [
  'fix-fields',
  'fix-request',
  'add-api-key',
  'replace-api-key',
  'check-key-delivery',
  'grant-scopes',
  'pick-existing-resource',
  'refresh-list',
  'resolve-conflict',
  'wait-rate-limit',
  'retry-later',
  'check-network',
  'start-local-server',
  'restart-console',
  'check-base-url',
  'check-certificate',
  'check-before-resending',
  'pause-then-edit',
  'resume-campaign',
  'create-new-campaign',
  'complete-launch-requirements',
  'fix-distribution',
  'fix-connection',
  'unassign-inbox',
  'pause-then-delete',
  'lead-not-deletable',
  'choose-profile',
  'report-bug'
] as const

/** A guidance id names one fix recipe in the renderer's guidance table. */
export type GuidanceId = (typeof GUIDANCE_IDS)[number]

/**
 * Business rule a 400 broke, recognised from status + operation first and wording only as a hint;
 * `request_refused` is the fallback when nothing is recognised (the server's detail stays verbatim).
 */
export const BUSINESS_CODES = [
  'campaign_not_modifiable',
  'launch_requirements_missing',
  'variant_distribution_mismatch',
  'connection_failed',
  'inbox_in_use',
  'delete_not_allowed',
  'invalid_state',
  'request_refused'
] as const

/** One business rule code; the renderer may branch on it, never on the detail text. */
export type BusinessCode = (typeof BUSINESS_CODES)[number]

/** One field problem, from a server 422 `detail` item or from the core's own input check. */
export const ValidationIssueSchema = z.strictObject({
  loc: z.array(z.union([z.string().max(200), z.number().int()])).max(20),
  path: z.string().max(500),
  msg: z.string().max(2000),
  type: z.string().max(200),
  source: z.enum(['server', 'client'])
})
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>

/**
 * The few identifying fields of an existing resource a 409 collided with; a summary, never the
 * server's record, so nothing else from it (credentials, settings) can cross the boundary.
 */
export const ExistingResourceSchema = z.strictObject({
  id: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  name: z.string().max(300).optional(),
  status: z.string().max(50).optional()
})
export type ExistingResource = z.infer<typeof ExistingResourceSchema>

const base = {
  message: z.string().max(2000),
  operation: z.string().max(100),
  status: z.number().int().optional(),
  requestId: z.string().max(200).optional(),
  timestamp: z.string().max(40),
  retryable: z.boolean(),
  attempts: z.number().int().min(0).optional(),
  guidance: z.enum(GUIDANCE_IDS),
  /** The id of the error-log record this failure was written to (the console links its notices to it). */
  logId: z.string().max(100).optional()
}

const shortList = (itemMax: number, count: number) => z.array(z.string().max(itemMax)).max(count)

/**
 * AppError crosses the IPC/web boundary; its schema is the allow-list of fields that may cross,
 * so nothing else (headers, stacks, causes, keys, request bodies) can ride along.
 */
export const AppErrorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('validation'), issues: z.array(ValidationIssueSchema).max(200) }),
  z.strictObject({
    ...base,
    kind: z.literal('business'),
    code: z.enum(BUSINESS_CODES),
    /** The server's own words, verbatim (trimmed to size). */
    detail: z.string().max(4000),
    /** What the rule is about: `campaign`, `lead`, `sender account`. */
    resource: z.string().max(100).optional(),
    /** The resource's state as the server named it (`ACTIVE`, `COMPLETED`), when stated. */
    state: z.string().max(40).optional(),
    /** launch_requirements_missing: which requirements (`leads`, `inboxes`), when stated. */
    missing: shortList(100, 20).optional(),
    /** variant_distribution_mismatch: the total the server counted, when stated. */
    total: z.number().optional(),
    /** connection_failed: which protocol failed and why, when stated. */
    protocol: z.enum(['SMTP', 'IMAP']).optional(),
    reason: z.string().max(500).optional(),
    /** inbox_in_use: the campaigns using the inbox (names) and how many, when stated. */
    campaigns: shortList(300, 50).optional(),
    count: z.number().int().min(0).optional()
  }),
  z.strictObject({ ...base, kind: z.literal('auth'), reason: z.enum(['missing_key', 'invalid_key']) }),
  z.strictObject({
    ...base,
    kind: z.literal('forbidden'),
    required: shortList(100, 50),
    granted: shortList(100, 50)
  }),
  z.strictObject({ ...base, kind: z.literal('not_found'), resource: z.string().max(100).optional() }),
  z.strictObject({
    ...base,
    kind: z.literal('conflict'),
    detail: z.string().max(4000),
    resource: z.string().max(100).optional(),
    existing: ExistingResourceSchema.optional()
  }),
  z.strictObject({ ...base, kind: z.literal('rate_limited'), retryAt: z.string().max(40).optional() }),
  z.strictObject({ ...base, kind: z.literal('server') }),
  z.strictObject({ ...base, kind: z.literal('unavailable') }),
  z.strictObject({ ...base, kind: z.literal('network'), mayHaveApplied: z.boolean() }),
  z.strictObject({ ...base, kind: z.literal('timeout'), mayHaveApplied: z.boolean() }),
  /**
   * No answer to a write. `reconciliation` says what looking it up found: `not_applied` (safe to send
   * again; `mayHaveApplied` false), `unverified` (check first), or absent when no lookup was possible.
   */
  z.strictObject({
    ...base,
    kind: z.literal('unknown_outcome'),
    mayHaveApplied: z.boolean(),
    reconciliation: z.enum(['not_applied', 'unverified']).optional()
  }),
  z.strictObject({ ...base, kind: z.literal('config'), reason: z.enum(['no_profile', 'bad_base_url', 'storage']) }),
  z.strictObject({ ...base, kind: z.literal('internal') })
])

/** The one error type the renderer ever sees. */
export type AppError = z.infer<typeof AppErrorSchema>

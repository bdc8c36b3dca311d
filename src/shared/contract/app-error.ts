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
  'grant-scopes',
  'pick-existing-resource',
  'refresh-list',
  'resolve-conflict',
  'wait-rate-limit',
  'retry-later',
  'check-network',
  'check-base-url',
  'check-before-resending',
  'pause-then-edit',
  'complete-launch-requirements',
  'fix-distribution',
  'fix-connection',
  'unassign-inbox',
  'choose-profile',
  'report-bug'
] as const

/** A guidance id names one fix recipe in the renderer's guidance table. */
export type GuidanceId = (typeof GUIDANCE_IDS)[number]

/** One field problem, from a server 422 `detail` item or from the core's own input check. */
export const ValidationIssueSchema = z.strictObject({
  loc: z.array(z.union([z.string().max(200), z.number().int()])).max(20),
  path: z.string().max(500),
  msg: z.string().max(2000),
  type: z.string().max(200),
  source: z.enum(['server', 'client'])
})
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>

const base = {
  message: z.string().max(2000),
  operation: z.string().max(100),
  status: z.number().int().optional(),
  requestId: z.string().max(200).optional(),
  timestamp: z.string().max(40),
  retryable: z.boolean(),
  attempts: z.number().int().min(0).optional(),
  guidance: z.enum(GUIDANCE_IDS)
}

/**
 * AppError crosses the IPC/web boundary; its schema is the allow-list of fields that may cross,
 * so nothing else (headers, stacks, causes, keys) can ride along.
 */
export const AppErrorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('validation'), issues: z.array(ValidationIssueSchema).max(200) }),
  z.strictObject({ ...base, kind: z.literal('business'), code: z.string().max(100), detail: z.string().max(4000) }),
  z.strictObject({ ...base, kind: z.literal('auth'), reason: z.enum(['missing_key', 'invalid_key']) }),
  z.strictObject({
    ...base,
    kind: z.literal('forbidden'),
    required: z.array(z.string().max(100)).max(50),
    granted: z.array(z.string().max(100)).max(50)
  }),
  z.strictObject({ ...base, kind: z.literal('not_found'), resource: z.string().max(100).optional() }),
  z.strictObject({
    ...base,
    kind: z.literal('conflict'),
    detail: z.string().max(4000),
    existing: z.record(z.string(), z.unknown()).optional()
  }),
  z.strictObject({ ...base, kind: z.literal('rate_limited'), retryAt: z.string().max(40).optional() }),
  z.strictObject({ ...base, kind: z.literal('server') }),
  z.strictObject({ ...base, kind: z.literal('unavailable') }),
  z.strictObject({ ...base, kind: z.literal('network'), mayHaveApplied: z.boolean() }),
  z.strictObject({ ...base, kind: z.literal('timeout'), mayHaveApplied: z.boolean() }),
  z.strictObject({ ...base, kind: z.literal('unknown_outcome'), mayHaveApplied: z.literal(true) }),
  z.strictObject({ ...base, kind: z.literal('config'), reason: z.enum(['no_profile', 'bad_base_url', 'storage']) }),
  z.strictObject({ ...base, kind: z.literal('internal') })
])

/** The one error type the renderer ever sees. */
export type AppError = z.infer<typeof AppErrorSchema>

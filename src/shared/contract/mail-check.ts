import { z } from 'zod'

/** The two protocols an inbox test checks side by side. */
export const MAIL_PROTOCOLS = ['smtp', 'imap'] as const

/** How TLS is negotiated: implicit TLS from the first byte (465/993) or a STARTTLS upgrade (587/25/143). */
export const TLS_MODES = ['ssl', 'starttls'] as const

/**
 * The layers of one protocol's check, in the order they run for implicit TLS; with STARTTLS, `tls` runs after
 * `starttls`. A result lists its steps in the order they ran, unreached ones appended as skipped.
 */
export const MAIL_STEPS = ['dns', 'tcp', 'tls', 'greeting', 'capabilities', 'starttls', 'login'] as const

/** Outcome of one step: skipped means it was not reached (or does not apply to the TLS mode). */
export const STEP_STATUSES = ['ok', 'failed', 'skipped'] as const

/** Why a check failed: one id per guided-fix card. */
export const MAIL_CAUSES = [
  'wrong-password',
  'app-password-required',
  'web-login-required',
  'smtp-auth-disabled',
  'tls-mode-mismatch',
  'host-not-found',
  'dns-unavailable',
  'mx-host-entered',
  'connection-refused',
  'connection-timeout',
  'network-blocks-port',
  'connection-closed',
  'certificate-untrusted',
  'certificate-expired',
  'certificate-wrong-name',
  'throttled',
  'no-auth-offered',
  'no-tls-offered',
  'login-disabled',
  'unknown'
] as const

const protocol = z.enum(MAIL_PROTOCOLS)
const mode = z.enum(TLS_MODES)
const port = z.number().int().min(1).max(65535)

/** One endpoint to test with its login; the password is never echoed back in a result. */
export const MailEndpointSchema = z.strictObject({
  host: z.string().trim().min(1).max(253),
  port,
  mode,
  username: z.string().min(1).max(320),
  password: z.string().min(1).max(1000)
})

/** What the inbox wizard asks the core to test (either side may be left out). */
export const MailCheckRequestSchema = z.strictObject({
  smtp: MailEndpointSchema.optional(),
  imap: MailEndpointSchema.optional(),
  /** Chosen by the wizard; each finished step is pushed as a `mail.check.step` event with it, so steps show live. */
  checkId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional()
})

/** Facts of one step (addresses, timings, certificate, banner, capabilities …): plain JSON values, redacted. */
export const StepFactsSchema = z.record(z.string(), z.unknown())

/** What failed, in library-neutral terms: the classifier's input (server text already redacted). */
export const MailFailureSchema = z.object({
  protocol,
  step: z.enum(MAIL_STEPS),
  host: z.string(),
  port,
  mode,
  code: z.string().optional(),
  message: z.string(),
  responseCode: z.number().int().optional(),
  response: z.string().optional(),
  certificate: z.record(z.string(), z.unknown()).optional()
})

/** One step's outcome, streamed to the wizard as it happens. */
export const StepEventSchema = z.object({
  protocol,
  step: z.enum(MAIL_STEPS),
  status: z.enum(STEP_STATUSES),
  durationMs: z.number().nonnegative(),
  facts: StepFactsSchema,
  failure: MailFailureSchema.optional()
})

/**
 * A port + TLS mode to switch to with one click. `verified`: a credential-free probe got a greeting (shown in
 * `greeting`); otherwise it is the conventional pairing (465/993 SSL/TLS, 587/25/143 STARTTLS), unproven.
 */
export const MailAlternativeSchema = z.object({ port, mode, verified: z.boolean(), greeting: z.string().optional() })

/** The classifier's verdict: which cause, which fix card, and words for the operator. */
export const MailDiagnosisSchema = z.object({
  cause: z.enum(MAIL_CAUSES),
  fix: z.string(),
  summary: z.string(),
  detail: z.string(),
  retryable: z.boolean(),
  /** For throttling: how long to wait before the next test (no automatic retry ever happens). */
  retryAfterMs: z.number().int().nonnegative().optional(),
  alternative: MailAlternativeSchema.optional()
})

/** One protocol's outcome: every step in order (unreached ones skipped) and the diagnosis when it failed. */
export const ProtocolResultSchema = z.object({
  protocol,
  ok: z.boolean(),
  /** The operator cancelled the check before it finished (no diagnosis then). */
  cancelled: z.boolean().optional(),
  steps: z.array(StepEventSchema),
  diagnosis: MailDiagnosisSchema.optional()
})

/** The final result of one test click. */
export const MailCheckResultSchema = z.object({
  smtp: ProtocolResultSchema.optional(),
  imap: ProtocolResultSchema.optional()
})

/** What a running check streams: each step as it finishes, then the final result. */
export const MailCheckEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step'), step: StepEventSchema }),
  z.object({ type: z.literal('done'), result: MailCheckResultSchema })
])

/** The wizard's request shape. */
export type MailCheckRequest = z.infer<typeof MailCheckRequestSchema>
/** One endpoint with its login. */
export type MailEndpoint = z.infer<typeof MailEndpointSchema>
/** A protocol name. */
export type MailProtocol = (typeof MAIL_PROTOCOLS)[number]
/** A TLS mode. */
export type TlsMode = (typeof TLS_MODES)[number]
/** A step id. */
export type MailStep = (typeof MAIL_STEPS)[number]
/** A step status. */
export type StepStatus = (typeof STEP_STATUSES)[number]
/** A cause id. */
export type CauseId = (typeof MAIL_CAUSES)[number]
/** The classifier's input. */
export type MailFailure = z.infer<typeof MailFailureSchema>
/** One streamed step outcome. */
export type StepEvent = z.infer<typeof StepEventSchema>
/** A working alternative port/mode. */
export type MailAlternative = z.infer<typeof MailAlternativeSchema>
/** The classifier's verdict. */
export type MailDiagnosis = z.infer<typeof MailDiagnosisSchema>
/** One protocol's outcome. */
export type ProtocolResult = z.infer<typeof ProtocolResultSchema>
/** One streamed event. */
export type MailCheckEvent = z.infer<typeof MailCheckEventSchema>
/** The final result. */
export type MailCheckResult = z.infer<typeof MailCheckResultSchema>

/** mail.check output: every step as it happened, then each protocol's result and diagnosis. */
export const MailCheckReportSchema = z.object({ steps: z.array(StepEventSchema), result: MailCheckResultSchema })

/** The `mail.check.step` push event: one finished step of the running check the wizard tagged with `checkId`. */
export const MailCheckStepPushSchema = z.strictObject({ checkId: z.string().max(64), step: StepEventSchema })

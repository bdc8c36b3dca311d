import { z } from 'zod'

const MIB = 1024 * 1024
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const HEADER_VALUE = /^[\t\x20-\x7e]*$/

// What every rule shares: which requests it matches and how often it fires.
const matching = {
  /** Shown in the log; defaults to `#<n>` in push order. */
  name: z.string().min(1).max(100).optional(),
  /** HTTP method, or `*` for any (default). */
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*']).default('*'),
  /** Path under the API base (`/campaigns`, `/campaigns/*`, `/campaigns/{id}`, `/**`); the base prefix is optional. */
  path: z.string().min(1).max(500).default('/**'),
  /** Fire on the next N matching requests only, then retire (default: until cleared). */
  times: z.int().min(1).optional(),
  /** Let the first N matching requests through untouched before firing. */
  skip: z.int().min(0).default(0),
  /** Chance of firing on each eligible request, drawn from the rule's own seeded PRNG. */
  probability: z.number().min(0).max(1).default(1),
  /** Seed of that PRNG, so a probabilistic storm is the same on every run. */
  seed: z.int().default(1)
}

/** How a dropped connection ends: a TCP reset (client sees ECONNRESET) or a plain close (UND_ERR_SOCKET). */
const abort = z.enum(['reset', 'close'])

/** One fault rule, validated; the `kind` picks what happens to a matching request. */
export const FaultRuleSchema = z.discriminatedUnion('kind', [
  /** An error status without running the handler; body defaults to the reason phrase (500: Starlette's plain text). */
  z.strictObject({
    ...matching,
    kind: z.literal('status'),
    status: z.int().min(400).max(599).default(503),
    body: z.unknown().optional(),
    retryAfter: z.union([z.int().min(0), z.string().min(1).max(100).regex(HEADER_VALUE)]).optional(),
    headers: z.record(z.string().regex(HEADER_NAME), z.string().regex(HEADER_VALUE)).optional()
  }),
  /** A 429 with the documented body and X-RateLimit-* headers, with or without Retry-After. */
  z.strictObject({
    ...matching,
    kind: z.literal('rate_limit'),
    retryAfter: z.int().min(0).max(86_400).default(60),
    sendRetryAfter: z.boolean().default(true)
  }),
  /** Destroys the connection without any response. */
  z.strictObject({ ...matching, kind: z.literal('reset'), abort: abort.default('reset') }),
  /** Holds the request `ms`, then runs the real handler and answers, or drops the connection without running it. */
  z.strictObject({
    ...matching,
    kind: z.literal('delay'),
    ms: z.int().min(0).max(600_000),
    then: z.enum(['answer', 'drop']).default('answer'),
    abort: abort.default('close')
  }),
  /** Runs the real handler (the write happens) and then drops the connection instead of answering. */
  z.strictObject({ ...matching, kind: z.literal('commit_then_drop'), abort: abort.default('close') }),
  /** A proxy's HTML 502 page (`Content-Type: text/html`), not JSON. */
  z.strictObject({ ...matching, kind: z.literal('html_502') }),
  /** A valid status with a huge JSON body, streamed. */
  z.strictObject({
    ...matching,
    kind: z.literal('oversized'),
    bytes: z.int().min(64).max(1024 * MIB).default(20 * MIB),
    status: z.int().min(200).max(599).default(200),
    declareLength: z.boolean().default(true)
  })
])

/** A rule as callers write it (defaults may be left out). */
export type FaultRule = z.input<typeof FaultRuleSchema>
/** A rule with every default filled in. */
export type ParsedFaultRule = z.output<typeof FaultRuleSchema>
/** The fault kinds. */
export type FaultKind = ParsedFaultRule['kind']

/** A list of rules, or why it is not one (zod's readable summary). */
export type RulesCheck = { ok: true; rules: ParsedFaultRule[] } | { ok: false; problem: string }

// Validates rules from code or from the control endpoint (a list, `{rules: [...]}` or a single rule).
export function parseFaultRules(input: unknown): RulesCheck {
  const list = Array.isArray(input) ? input : typeof input === 'object' && input !== null && 'rules' in input ? input.rules : [input]
  const parsed = z.array(FaultRuleSchema).safeParse(list)
  return parsed.success ? { ok: true, rules: parsed.data } : { ok: false, problem: z.prettifyError(parsed.error) }
}

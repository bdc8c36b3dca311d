import { z } from 'zod'

/*
 * Building blocks shared by every API schema of the contract.
 *
 * Inputs are strict and bounded: unknown keys are refused, every string and array has a maximum.
 * Wire facts that are not business rules (pagination bounds, TCP ports, `YYYY-MM-DD` dates,
 * `confirm_deletion: true`) are ranged as the docs say. Business limits the server owns and may
 * change (name 8–255, daily limits, ≤ 4 variants, ≤ 3 follow-ups, wait 1–30 days, bulk ≤ 100 …)
 * stay shape-only here with generous bounds; the renderer checks them before sending (rules.ts)
 * and the server stays the authority.
 *
 * Outputs are tolerant: loose objects keep unknown keys, documented-nullable fields are nullable,
 * counters default to 0, and nothing fails on a key the console does not know.
 */

/** A path/resource id: the server validates the UUID (422 at `["path", …]`); the contract bounds its size. */
export const idParam = z.string().min(1).max(100)

/** An integer whose range is a business rule the server owns: only sanity-bounded here. */
export const shapeInt = z.number().int().min(-1_000_000).max(1_000_000)

/** Free text the server validates (names, hosts, addresses): bounded, never empty-checked here. */
export const shapeText = z.string().max(1000)

/** Documented pagination query (`page` ≥ 1, `limit` 1–100). */
export const pageParams = {
  page: z.number().int().min(1).max(100_000).optional(),
  limit: z.number().int().min(1).max(100).optional()
}

/** A response counter: missing, null or malformed reads as 0. */
export const count = z.number().int().nonnegative().catch(0).default(0)

/** A response number that may be absent or null (rates, percentages). */
export const optionalNumber = z.number().nullable().optional()

/** A response timestamp (ISO-8601; some schemas type it as a plain string), nullable. */
export const stamp = z.string().max(60).nullable().optional()

/** An object nested in a response whose shape the console only displays: every key kept. */
export const looseRecord = z.record(z.string(), z.unknown())

/** The documented PaginationMeta envelope. */
export const PaginationSchema = z.looseObject({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
  has_next: z.boolean(),
  has_prev: z.boolean()
})
export type Pagination = z.infer<typeof PaginationSchema>

/**
 * Accepts any 2xx body for an action whose reply the console does not depend on: a 204 (no body)
 * or a non-object body reads as `{}`, so the schema's optional fields decide the rest.
 */
export function actionReply<T extends z.ZodType>(schema: T) {
  return z.preprocess((body) => (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}), schema)
}

/** A bounded map of short keys to bounded values, for mappings and custom fields. */
export function boundedMap<V extends z.ZodType>(value: V, maxKeys: number) {
  return z
    .record(z.string().min(1).max(255), value)
    .refine((map) => Object.keys(map).length <= maxKeys, { message: `At most ${maxKeys} entries.` })
}

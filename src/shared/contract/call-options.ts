import { z } from 'zod'
import { copyCallOptions, REFUSED_CALL_OPTIONS } from './copy-call-options'

/**
 * Per-call options beside an operation's input. `priority: 'background'` marks a refresh of data
 * the screen already shows, so the core's request budget serves it behind interactive and bulk work
 * (honoured for read operations only; a write is never demoted). Strict: any other key or value is
 * refused as invalid input.
 */
export const CallOptionsSchema = z.strictObject({
  priority: z.literal('background').optional()
})

/** The second argument of every facade method. */
export type CallOptions = z.infer<typeof CallOptionsSchema>

/** What a receiver read from untrusted call options: the options (undefined: none given), or a refusal. */
export type ParsedCallOptions = { ok: true; options: CallOptions | undefined } | { ok: false }

/**
 * Checks call options that crossed a boundary (IPC, WebSocket, the core's front door) against the
 * strict schema, and against what zod does not see (a Map or Date reads as `{}` to it; symbol keys,
 * getters). Never throws. The options returned are a fresh object.
 */
export function parseCallOptions(value: unknown): ParsedCallOptions {
  if (value === undefined) return { ok: true, options: undefined }
  if (copyCallOptions(value) === REFUSED_CALL_OPTIONS) return { ok: false }
  try {
    const parsed = CallOptionsSchema.safeParse(value)
    if (!parsed.success) return { ok: false }
    return { ok: true, options: parsed.data.priority === undefined ? {} : { priority: parsed.data.priority } }
  } catch {
    return { ok: false }
  }
}

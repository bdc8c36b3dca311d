import { z } from 'zod'
import type { EventName } from './names'
import { MailCheckStepPushSchema } from './mail-check'
import { ProfileListSchema } from './profiles'

/** Client-side request budget state, published so the UI can show what is left. */
export const RateLimitStateSchema = z.strictObject({
  profileId: z.string().max(100),
  limit: z.number().int().nullable(),
  remaining: z.number().int().nullable(),
  resetAt: z.string().max(40).nullable(),
  /** Requests left in the hour window. */
  hourRemaining: z.number().int().nullable(),
  /** Calls waiting for a slot, all priorities together. */
  queued: z.number().int().min(0),
  /** Queued work is held until then (null: not held by time). */
  pausedUntil: z.string().max(40).nullable(),
  /** Background refresh is held back because the budget is running low. */
  backgroundPaused: z.boolean()
})
export type RateLimitState = z.infer<typeof RateLimitStateSchema>

/** Push events: typed channels from core to renderer (profiles changed, rate-limit state, live connection-test steps). */
export const events = {
  'profiles.changed': ProfileListSchema,
  'rateLimit.state': RateLimitStateSchema,
  'mail.check.step': MailCheckStepPushSchema
} as const satisfies Record<EventName, z.ZodType>

/** Payload type of a push event. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>

export { EVENT_NAMES, isEventName, type EventName } from './names'

import { isoSeconds } from '../clock'
import type { LeadRecord } from '../resources/leads/record'
import type { Prng } from '../store/prng'

/** The part of a lead that sending changes: status, flags, step and timestamps. */
export type LeadActivity = Pick<
  LeadRecord,
  'status' | 'sequence_step' | 'email_opened' | 'email_replied' | 'unsubscribed' | 'delivery_status' | 'last_contacted_at' | 'opened_at' | 'replied_at'
>

/** When and how a processed lead was mailed: the sending period and the campaign's settings. */
export interface SendContext {
  from: number
  to: number
  tracking: boolean
  steps: number
  /** Share of mailed leads that bounce (about 3 %; higher for the demo campaign with a deliverability problem). */
  bounceShare: number
}

/** The usual share of mailed leads that bounce. */
export const USUAL_BOUNCE_SHARE = 0.03

/** A lead nothing has been sent to yet (PENDING or QUEUED). */
export function untouched(status: 'PENDING' | 'QUEUED'): LeadActivity {
  return {
    status, sequence_step: 0, email_opened: false, email_replied: false, unsubscribed: false,
    delivery_status: null, last_contacted_at: null, opened_at: null, replied_at: null
  }
}

// A moment within [at, to] at most `maxHours` later, so events never pass the end of the sending period.
function after(rng: Prng, at: number, to: number, maxHours: number): number {
  return Math.min(to, at + rng.int(10, maxHours * 60) * 60_000)
}

// A lead whose first send failed outright (the launch of a FAILED campaign).
export function failedSend(rng: Prng, ctx: SendContext): LeadActivity {
  const at = after(rng, ctx.from, ctx.to, 6)
  return { ...untouched('PENDING'), status: 'FAILED', sequence_step: 1, delivery_status: 'FAILED', last_contacted_at: isoSeconds(new Date(at)) }
}

// A mailed lead: bounced (~3 %, or the campaign's bounce share) or delivered, then maybe opened (tracking only), replied or unsubscribed.
export function mailed(rng: Prng, ctx: SendContext, mayBounce: boolean): LeadActivity {
  const contacted = ctx.from + rng.next() * Math.max(0, ctx.to - ctx.from)
  const step = rng.int(1, ctx.steps)
  const base = { ...untouched('PENDING'), sequence_step: step, last_contacted_at: isoSeconds(new Date(contacted)) }
  const bounceDraw = mayBounce ? rng.next() : 1
  const bounced: LeadActivity = { ...base, status: 'BOUNCED', sequence_step: 1, delivery_status: 'BOUNCED' }
  if (bounceDraw < USUAL_BOUNCE_SHARE) return bounced
  const opened = ctx.tracking && rng.next() < 0.45
  const replied = rng.next() < (opened ? 0.16 : 0.04)
  const unsubscribed = !replied && rng.next() < 0.02
  const openedAt = opened ? after(rng, contacted, ctx.to, 48) : null
  const repliedAt = replied ? after(rng, openedAt ?? contacted, ctx.to, 72) : null
  // Extra bounces are decided after the same draws as a delivery, so every other lead and campaign seeds as before.
  if (bounceDraw < ctx.bounceShare) return bounced
  return {
    ...base,
    status: replied ? 'REPLIED' : unsubscribed ? 'UNSUBSCRIBED' : opened ? 'OPENED' : 'SENT',
    email_opened: opened,
    email_replied: replied,
    unsubscribed,
    delivery_status: 'DELIVERED',
    opened_at: openedAt === null ? null : isoSeconds(new Date(openedAt)),
    replied_at: repliedAt === null ? null : isoSeconds(new Date(repliedAt))
  }
}

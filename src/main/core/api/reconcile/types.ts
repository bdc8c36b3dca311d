import type { ExistingResource } from '../../../../shared/contract/app-error'
import type { ApiBinding } from '../../../../shared/contract/operations'

/** A POST that got no answer: what was sent and when, so the resource can be looked up afterwards. */
export interface PostAttempt {
  operation: string
  binding: ApiBinding
  input: Record<string, unknown>
  /** When the first attempt was sent (epoch ms): the resource cannot have been created before. */
  sentAt: number
  /** When we knew no answer would come. */
  failedAt: number
  /** The attempt ran out of time (the server may still be working on it), rather than being cut off. */
  timedOut: boolean
  requestId: string
}

/** A read through the same client (key, retries, budget): a path template and its input; resolves to the body. */
export type Lookup = (path: string, input: Record<string, unknown>) => Promise<unknown>

/** Why a lost POST could not be settled either way. */
export type UnverifiedReason = 'ambiguous' | 'lookup_failed' | 'may_still_apply' | 'no_marker'

/**
 * What a lookup after a lost POST showed: the resource exists (adopt it as the result), it does not
 * (safe to send again), or we cannot tell (the operator must check before sending again).
 */
export type ReconcileOutcome =
  | { verdict: 'found'; resource: Record<string, unknown>; checkedAt: number }
  | { verdict: 'not_applied'; checkedAt: number }
  | { verdict: 'unverified'; reason: UnverifiedReason; candidates: number; checkedAt: number }

/** What a reconciler's search found among the server's records. */
export type Match = { kind: 'none' } | { kind: 'one'; resource: Record<string, unknown> } | { kind: 'several'; count: number }

/** Tuning of the lookup. */
export interface ReconcileSettings {
  /** Wait before looking, so a server that committed just as the connection dropped is seen (default 1000). */
  settleMs: number
  /** Accepted difference between our clock and the server's `created_at` (default 60 s). */
  clockSkewMs: number
  /** Most candidates fetched in detail before calling the result ambiguous (default 5). */
  maxCandidates: number
}

/** Thrown by a reconciler when the input carries no natural key to look for. */
export class NoMarker extends Error {}

/** How one kind of create is recognised on the server after its answer was lost. */
export interface Reconciler {
  /** Named in messages: "campaign", "inbox". */
  resource: string
  /** The server refuses a second create of the same resource (409), so resending can never duplicate it. */
  serverDeduplicates: boolean
  /** Searches the server for the resource this attempt would have created. */
  find(attempt: PostAttempt, lookup: Lookup, settings: ReconcileSettings, now: number): Promise<Match>
  /** Shapes a found record like the create call's success body. */
  asResult(resource: Record<string, unknown>): Record<string, unknown>
  /** After a 409 on this create: a summary of the existing resource, when it can be found. */
  existing?(input: Record<string, unknown>, lookup: Lookup): Promise<ExistingResource | null>
}

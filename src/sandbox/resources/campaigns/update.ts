import type { CampaignRecord, SandboxState } from '../../store/state'
import { invented } from '../../wording'
import { contentProblem, storedSequences, storedVariant } from './content'
import { type LaunchRequirement, missingRequirements } from './requirements'
import { sendingWindowProblem } from './schema'
import type { CampaignUpdateInput } from './update-schema'

/** A C4 update worked out against the current campaign: the campaign to store, or the 400 that refuses it. */
export type UpdatePlan =
  | { ok: true; next: CampaignRecord; missing: LaunchRequirement[]; launched: boolean }
  | { ok: false; problem: string }

// Fields an explicit null leaves unchanged (a null name or window would make no sense).
const KEPT_ON_NULL = [
  'name', 'timezone', 'sending_days', 'sending_window_start', 'sending_window_start_minute', 'sending_window_end',
  'sending_window_end_minute', 'enable_tracking', 'enable_unsubscribe', 'ramp_up_enabled', 'ramp_up_increment', 'ramp_up_max_limit'
] as const
// Fields whose stored value may be null: an explicit null clears them (no cap, start on activation, no mapping).
const CLEARED_BY_NULL = ['daily_limit_per_inbox', 'start_date', 'lead_mapping'] as const

// The state machine's refusals: ACTIVE needs a pause first, COMPLETED/FAILED are final, launch is for DRAFT only.
function statusProblem(status: string, launch: boolean): string | null {
  if (status === 'ACTIVE') return invented.campaignNotModifiable
  if (status === 'COMPLETED' || status === 'FAILED') return invented.campaignFinished(status)
  if (launch && status !== 'DRAFT') return invented.launchOnlyDraft(status)
  return null
}

// `inbox_ids` → the stored `inboxes` items (duplicates dropped), or a 400 naming the ids that match no sender account.
function assignInboxes(state: SandboxState, ids: readonly string[]): { ok: true; inboxes: CampaignRecord['inboxes'] } | { ok: false; problem: string } {
  const unique = [...new Set(ids)]
  const unknown = unique.filter((id) => !state.sender_accounts.some((a) => a.inbox_id === id))
  if (unknown.length > 0) return { ok: false, problem: invented.inboxesNotFound(unknown) }
  const inboxes = unique.map((id) => {
    const a = state.sender_accounts.find((s) => s.inbox_id === id)
    return { inbox_id: id, email_address: a?.email_address ?? '', display_name: a?.display_name ?? '', inbox_type: a?.inbox_type ?? '' }
  })
  return { ok: true, inboxes }
}

// The furthest G1 creation step this update reaches (1 config, 2 lead mapping, 3 inboxes, 4 email design).
function reachedStep(input: CampaignUpdateInput): number {
  if (input.variants != null || input.sequences != null) return 4
  if (input.inbox_ids != null) return 3
  if (input.lead_mapping != null) return 2
  return KEPT_ON_NULL.some((f) => input[f] != null) || CLEARED_BY_NULL.some((f) => input[f] !== undefined) ? 1 : 0
}

// Applies a validated C4 body to a copy of `current` (fields first, then launch); nothing is stored on a refusal.
export function planUpdate(state: SandboxState, current: CampaignRecord, input: CampaignUpdateInput, now: string): UpdatePlan {
  const launch = input.launch === true
  const refused = statusProblem(current.status, launch)
  if (refused) return { ok: false, problem: refused }
  const next = structuredClone(current)
  const fields = next as Record<string, unknown>
  for (const f of KEPT_ON_NULL) if (input[f] != null) fields[f] = input[f]
  for (const f of CLEARED_BY_NULL) if (input[f] !== undefined) fields[f] = input[f]
  const problem = sendingWindowProblem(next) ?? contentProblem(input.variants ?? null, input.sequences ?? null)
  if (problem) return { ok: false, problem }
  if (input.variants) next.variants = input.variants.map(storedVariant)
  if (input.sequences) next.sequences = storedSequences(input.sequences)
  if (input.inbox_ids) {
    const assigned = assignInboxes(state, input.inbox_ids)
    if (!assigned.ok) return assigned
    next.inboxes = assigned.inboxes
  }
  if (next.status === 'DRAFT') next.current_step = Math.max(next.current_step, reachedStep(input))
  next.updated_at = now
  const missing = missingRequirements(state, next)
  if (!launch) return { ok: true, next, missing, launched: false }
  if (missing.length > 0) return { ok: false, problem: invented.notLaunchReady(missing) }
  Object.assign(next, { status: 'ACTIVE', launched_at: now, current_step: 5 })
  return { ok: true, next, missing, launched: true }
}

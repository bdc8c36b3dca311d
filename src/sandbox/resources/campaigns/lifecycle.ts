import type { CampaignRecord, SandboxState } from '../../store/state'
import { invented } from '../../wording'

/** The outcome of a state change: done, or the 400 detail that refuses it. */
export type Transition = { ok: true } | { ok: false; problem: string }

// C5: ACTIVE → PAUSED; anything else is refused with the current status named.
export function pauseCampaign(c: CampaignRecord, now: string): Transition {
  if (c.status !== 'ACTIVE') return { ok: false, problem: invented.pauseNotActive(c.status) }
  Object.assign(c, { status: 'PAUSED', updated_at: now })
  return { ok: true }
}

// C6 (activate / resume): PAUSED → ACTIVE; a DRAFT is launched through C4 `launch: true` instead.
export function activateCampaign(c: CampaignRecord, now: string): Transition {
  if (c.status !== 'PAUSED') return { ok: false, problem: invented.activateNotPaused(c.status) }
  Object.assign(c, { status: 'ACTIVE', updated_at: now })
  return { ok: true }
}

// Removes matching items in place, so anyone holding the array sees the change.
function removeWhere<T>(items: T[], drop: (item: T) => boolean): void {
  for (let i = items.length - 1; i >= 0; i--) if (drop(items[i] as T)) items.splice(i, 1)
}

// C7: only DRAFT or PAUSED campaigns go, and with them their leads and lead upload jobs.
export function deleteCampaign(state: SandboxState, c: CampaignRecord): Transition {
  if (c.status !== 'DRAFT' && c.status !== 'PAUSED') return { ok: false, problem: invented.deleteNotAllowed }
  const id = c.campaign_id
  removeWhere(state.campaigns, (x) => x.campaign_id === id)
  removeWhere(state.leads, (l) => l.campaign_id === id)
  removeWhere(state.lead_upload_jobs, (j) => j.campaign_id === id)
  return { ok: true }
}

import type { AppError } from '../../../../../shared/contract/app-error'
import type { ColdsendFacade } from '../../../../../shared/contract/facade'
import { resumeCampaign } from '../../campaign/editor/pause-apply-resume'
import { inboxesKept, planRemoval, stepId, usesInbox, type CampaignUsingInbox, type RemovalStep } from './removal-plan'

/** Where a step is: not started, under way, done, skipped (nothing to do any more), or failed. */
export type RemovalStepState = 'pending' | 'running' | 'done' | 'skipped' | 'failed'

/** One step's news: its new state and, when skipped or failed, why (a failure carries the AppError's message). */
export interface RemovalStepReport {
  state: RemovalStepState
  message?: string
}

/** A campaign named in an outcome. */
export interface CampaignRef {
  campaign_id: string
  name: string
}

/**
 * How the flow ended: the inbox deleted, or where it stopped — the step, why (the AppError when the
 * API refused), the campaign left PAUSED by the flow (to offer "Resume <name>"), and what changed before.
 */
export type RemovalOutcome =
  | { ok: true; removedFrom: CampaignRef[] }
  | { ok: false; failedStep: RemovalStep | null; message: string; error?: AppError; leftPaused: CampaignRef | null; removedFrom: CampaignRef[] }

/** Receives each step's state as it changes. */
export type RemovalStepListener = (stepId: string, report: RemovalStepReport) => void

type Planned = ReturnType<typeof planRemoval>['planned'][number]
type CampaignResult = { ok: true; removed: boolean } | Extract<RemovalOutcome, { ok: false }>

// Stops with a failed step and says what state the campaign is in.
function stop(step: RemovalStep, onStep: RemovalStepListener, message: string, error: AppError | undefined, leftPaused: CampaignRef | null): CampaignResult {
  onStep(step.id, { state: 'failed', message: error?.message ?? message })
  return { ok: false, failedStep: step, message, leftPaused, removedFrom: [], ...(error ? { error } : {}) }
}

// One campaign: re-read it (the list may be old), pause it if it is sending, PUT the inboxes it keeps, resume it if it was sending.
async function removeFromCampaign(facade: ColdsendFacade, inboxId: string, item: Planned, steps: RemovalStep[], onStep: RemovalStepListener): Promise<CampaignResult> {
  const ref = { campaign_id: item.campaign.campaign_id, name: item.campaign.name }
  const id = { campaign_id: ref.campaign_id }
  const step = (kind: 'pause' | 'remove' | 'resume') => steps.find((s) => s.id === stepId(ref.campaign_id, kind))
  const first = (step('pause') ?? step('remove')) as RemovalStep
  onStep(first.id, { state: 'running' })
  const fresh = await facade.campaigns.get(id)
  if (!fresh.ok) return stop(first, onStep, `Could not read ${ref.name}; nothing was changed in it.`, fresh.error, null)
  const now = fresh.value
  if (!usesInbox(now, inboxId)) {
    for (const s of steps.filter((x) => x.campaign?.campaign_id === ref.campaign_id)) onStep(s.id, { state: 'skipped', message: 'This inbox is no longer in it.' })
    return { ok: true, removed: false }
  }
  const keep = inboxesKept(now, inboxId)
  const sendingNow = now.status === 'ACTIVE'
  // Resumed after: sending now (paused by this run), or paused by an earlier stopped attempt and still paused.
  const resumeAfter = sendingNow || (item.pausedEarlier && now.status === 'PAUSED')
  if (keep.length === 0 || (sendingNow && !step('pause')) || now.status === 'COMPLETED' || now.status === 'FAILED')
    return stop(first, onStep, `${ref.name} changed since it was listed (now ${now.status.toLowerCase()}${keep.length === 0 ? ', with this as its only inbox' : ''}); nothing was changed in it. Look again before going on.`, undefined, null)
  const pause = step('pause')
  if (pause) {
    if (!sendingNow) onStep(pause.id, { state: 'skipped', message: `Already ${now.status.toLowerCase()}.` })
    else {
      const paused = await facade.campaigns.pause(id)
      if (!paused.ok) return stop(pause, onStep, `Could not pause ${ref.name}; it is still sending and unchanged.`, paused.error, null)
      onStep(pause.id, { state: 'done' })
    }
  }
  const remove = step('remove') as RemovalStep
  if (remove !== first) onStep(remove.id, { state: 'running' })
  const leftPaused = resumeAfter ? ref : null
  const saved = await facade.campaigns.update({ campaign_id: ref.campaign_id, inbox_ids: keep })
  if (!saved.ok)
    return stop(remove, onStep, `Could not take this inbox out of ${ref.name}${leftPaused ? `; the console paused it and it is still PAUSED` : '; it is unchanged'}.`, saved.error, leftPaused)
  onStep(remove.id, { state: 'done' })
  const resume = step('resume')
  if (resume && !resumeAfter) onStep(resume.id, { state: 'skipped', message: 'Not resumed: it was not sending when the console reached it.' })
  else if (resume) {
    onStep(resume.id, { state: 'running' })
    const resumed = await resumeCampaign(facade, id)
    if (!resumed.ok) {
      const failed = stop(resume, onStep, `This inbox was taken out of ${ref.name}, but resuming it failed; it is still PAUSED.`, resumed.error, ref)
      return { ...failed, removedFrom: [ref] } as CampaignResult
    }
    onStep(resume.id, { state: 'done' })
  }
  return { ok: true, removed: true }
}

/**
 * Takes the inbox out of every campaign using it, then deletes it, reporting each step. A sending
 * campaign is paused first and resumed after; one that was not sending is never resumed. Stops at the
 * first failure and says which campaign, if any, the flow left PAUSED. Refuses up front (changing
 * nothing) when a campaign cannot lose the inbox (see `planRemoval`).
 */
export async function removeInboxFromCampaigns(
  facade: ColdsendFacade,
  inbox: { inbox_id: string; email_address: string },
  campaigns: readonly CampaignUsingInbox[],
  onStep: RemovalStepListener,
  /** Campaigns an earlier, stopped attempt left PAUSED (its `leftPaused`): resumed after, as they were sending. */
  pausedEarlier: readonly string[] = []
): Promise<RemovalOutcome> {
  const plan = planRemoval(inbox, campaigns, pausedEarlier)
  if (plan.blocked.length > 0)
    return { ok: false, failedStep: null, message: `Nothing was changed: ${plan.blocked.map((b) => b.explanation).join(' ')}`, leftPaused: null, removedFrom: [] }
  for (const s of plan.steps) onStep(s.id, { state: 'pending' })
  const removedFrom: CampaignRef[] = []
  for (const item of plan.planned) {
    const result = await removeFromCampaign(facade, inbox.inbox_id, item, plan.steps, onStep)
    if (!result.ok) return { ...result, removedFrom: [...removedFrom, ...result.removedFrom] }
    if (result.removed) removedFrom.push({ campaign_id: item.campaign.campaign_id, name: item.campaign.name })
  }
  const del = plan.steps[plan.steps.length - 1] as RemovalStep
  onStep(del.id, { state: 'running' })
  const deleted = await facade.senders.delete({ inbox_id: inbox.inbox_id })
  if (!deleted.ok) {
    onStep(del.id, { state: 'failed', message: deleted.error.message })
    return { ok: false, failedStep: del, message: `The inbox was taken out of the campaigns, but deleting it failed.`, error: deleted.error, leftPaused: null, removedFrom }
  }
  onStep(del.id, { state: 'done' })
  return { ok: true, removedFrom }
}

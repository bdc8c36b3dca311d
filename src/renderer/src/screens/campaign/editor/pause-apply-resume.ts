import type { AppError } from '../../../../../shared/contract/app-error'
import type { CampaignUpdated } from '../../../../../shared/contract/campaigns'
import type { ColdsendFacade } from '../../../../../shared/contract/facade'
import type { EditorChanges } from './editor-payload'

/** The three steps of applying changes to a sending campaign, in order. */
export const FLOW_STEPS = [
  { id: 'pause', label: 'Pause the campaign' },
  { id: 'apply', label: 'Save your changes' },
  { id: 'resume', label: 'Resume sending' }
] as const

/** One step's id. */
export type FlowStepId = (typeof FLOW_STEPS)[number]['id']

/** Where a step is: not started, under way, done, skipped (already paused), or failed. */
export type FlowStepState = 'waiting' | 'running' | 'done' | 'skipped' | 'failed'

/** How the flow ended: all done, or the step that failed, its error, and the status the campaign is left in. */
export type FlowOutcome =
  | { ok: true; updated: CampaignUpdated }
  | { ok: false; failedAt: FlowStepId; error: AppError; leftIn: 'ACTIVE' | 'PAUSED'; changesSaved: boolean }

// After a refused pause: is the campaign paused already (by someone else)? Then nothing is lost, go on.
async function isPausedNow(facade: ColdsendFacade, id: { campaign_id: string }): Promise<boolean> {
  const read = await facade.campaigns.get(id)
  return read.ok && read.value.status === 'PAUSED'
}

/** Resumes a paused campaign: `/activate`, or the `/resume` alias when a server only knows that one (it answers 404). */
export async function resumeCampaign(facade: ColdsendFacade, id: { campaign_id: string }) {
  const resumed = await facade.campaigns.activate(id)
  return !resumed.ok && resumed.error.kind === 'not_found' ? facade.campaigns.resume(id) : resumed
}

/**
 * Pause → save → resume, reporting each step. Stops at the first failure and says what state the
 * campaign is left in: a failed pause leaves it ACTIVE and unchanged; a failed save leaves it PAUSED
 * without the changes (the editor keeps them); a failed resume leaves it PAUSED with them saved.
 */
export async function pauseApplyResume(
  facade: ColdsendFacade,
  campaignId: string,
  changes: EditorChanges,
  onStep: (step: FlowStepId, state: FlowStepState) => void,
  startPaused = false
): Promise<FlowOutcome> {
  const id = { campaign_id: campaignId }
  if (startPaused) onStep('pause', 'skipped')
  else {
    onStep('pause', 'running')
    const paused = await facade.campaigns.pause(id)
    if (!paused.ok && !(paused.error.kind === 'business' && (await isPausedNow(facade, id)))) {
      onStep('pause', 'failed')
      return { ok: false, failedAt: 'pause', error: paused.error, leftIn: 'ACTIVE', changesSaved: false }
    }
    onStep('pause', paused.ok ? 'done' : 'skipped')
  }
  onStep('apply', 'running')
  const saved = await facade.campaigns.update({ campaign_id: campaignId, ...changes })
  if (!saved.ok) {
    onStep('apply', 'failed')
    return { ok: false, failedAt: 'apply', error: saved.error, leftIn: 'PAUSED', changesSaved: false }
  }
  onStep('apply', 'done')
  onStep('resume', 'running')
  const resumed = await resumeCampaign(facade, id)
  if (!resumed.ok) {
    onStep('resume', 'failed')
    return { ok: false, failedAt: 'resume', error: resumed.error, leftIn: 'PAUSED', changesSaved: true }
  }
  onStep('resume', 'done')
  return { ok: true, updated: saved.value }
}

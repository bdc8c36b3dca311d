import { useEffect, useId, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { Sender } from '../../../../../shared/contract/senders'
import { useFacade } from '../../../bridge/facade-context'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { operationPrefix } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import { notify } from '../../../toasts/toasts-store'
import { CAMPAIGN_READS } from '../../campaigns/campaign-reads'
import { INBOX_READS } from '../inbox-reads'
import { InUseCampaignList } from './InUseCampaignList'
import { RemovalProgress } from './RemovalProgress'
import { RemovalResult } from './RemovalResult'
import { ResumePausedCampaign } from './ResumePausedCampaign'
import { removeInboxFromCampaigns, type CampaignRef, type RemovalOutcome, type RemovalStepReport } from './remove-inbox-from-campaigns'
import { planRemoval, stepId, type RemovalPlan } from './removal-plan'
import { useCampaignsHoldingInbox } from './use-campaigns-holding-inbox'
import './in-use.css'

/** Props: the inbox, the campaign names the refusal gave, and how the dialog closes (done = the inbox is gone). */
export interface InboxInUsePanelProps {
  inbox: Pick<Sender, 'inbox_id' | 'email_address'>
  names: readonly string[] | undefined
  onClose: (deleted: boolean) => void
  /** True while the flow runs, so the dialog does not close under it. */
  onBusyChange: (busy: boolean) => void
}

type Phase = { name: 'plan' } | { name: 'running'; plan: RemovalPlan } | { name: 'finished'; plan: RemovalPlan; outcome: RemovalOutcome }

/**
 * The guided way out of "inbox in use": the campaigns (link, status) and the plan for each, then on
 * "Remove from campaigns and delete" the live steps and the outcome. Campaigns that cannot lose the
 * inbox are named with why and a link to open them; then only Cancel is offered.
 */
export function InboxInUsePanel({ inbox, names, onClose, onBusyChange }: InboxInUsePanelProps) {
  const facade = useFacade()
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId) ?? ''
  const found = useCampaignsHoldingInbox(inbox.inbox_id, names)
  const [phase, setPhase] = useState<Phase>({ name: 'plan' })
  const [reports, setReports] = useState<Record<string, RemovalStepReport>>({})
  // Campaigns a stopped attempt left PAUSED and nobody resumed yet: offered "Resume", and the next attempt resumes them too.
  const [pausedEarlier, setPausedEarlier] = useState<CampaignRef[]>([])
  const pausedIds = pausedEarlier.map((c) => c.campaign_id)
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  const changed = useRef(false)

  // Whatever the flow changed is re-read when the dialog goes (not before: the row would vanish under the report).
  useEffect(() => {
    return () => {
      if (!changed.current) return
      for (const op of [...INBOX_READS, ...CAMPAIGN_READS]) void client.invalidateQueries({ queryKey: operationPrefix(profileId, op) })
    }
  }, [client, profileId])
  useEffect(() => {
    if (phase.name === 'finished') outcomeRef.current?.focus()
    else headingRef.current?.focus()
  }, [phase.name])

  const plan = phase.name === 'plan' ? planRemoval(inbox, found.campaigns, pausedIds) : phase.plan
  const run = async () => {
    const frozen = planRemoval(inbox, found.campaigns, pausedIds)
    const finalStates = new Map<string, RemovalStepReport>()
    changed.current = true
    setReports({})
    setPhase({ name: 'running', plan: frozen })
    onBusyChange(true)
    const onStep = (id: string, report: RemovalStepReport) => {
      finalStates.set(id, report)
      setReports((r) => ({ ...r, [id]: report }))
    }
    const outcome = await removeInboxFromCampaigns(facade, inbox, found.campaigns, onStep, pausedIds)
    onBusyChange(false)
    // Still paused: earlier ones this run did not resume (or find resumed), and the one it just left paused.
    const state = (c: CampaignRef) => finalStates.get(stepId(c.campaign_id, 'resume'))?.state
    const kept = pausedEarlier.filter((c) => state(c) !== 'done' && state(c) !== 'skipped')
    const left = outcome.ok ? null : outcome.leftPaused
    setPausedEarlier(left && !kept.some((c) => c.campaign_id === left.campaign_id) ? [...kept, left] : kept)
    setPhase({ name: 'finished', plan: frozen, outcome })
  }
  const resumed = (id: string) => {
    const campaign = pausedEarlier.find((c) => c.campaign_id === id)
    if (campaign) notify(`${campaign.name} resumed.`, { tone: 'success' })
    setPausedEarlier((list) => list.filter((c) => c.campaign_id !== id))
    void found.refetch()
  }
  const lookAgain = async () => {
    await found.refetch()
    setPhase({ name: 'plan' })
  }

  const canRun = phase.name === 'plan' && !found.loading && !found.error && found.unmatched.length === 0 && plan.blocked.length === 0
  const nothingFound = canRun && found.campaigns.length === 0
  const done = phase.name === 'finished' && phase.outcome.ok
  return (
    <section className="inbox-in-use" aria-labelledby={headingId} aria-busy={found.loading || phase.name === 'running'}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {phase.name === 'plan' ? 'Campaigns still send from this inbox' : 'Taking the inbox out of its campaigns'}
      </h3>
      {phase.name === 'plan' && found.loading ? <p className="loading">Looking up the campaigns that use it…</p> : null}
      {phase.name === 'plan' && (found.loading || found.error) && names && names.length > 0 ? (
        <ul aria-label="Campaigns ColdSend named">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      {phase.name === 'plan' && found.error ? <ErrorNotice error={found.error} headingLevel={3} onRetry={() => void found.refetch()} /> : null}
      {!found.loading || phase.name !== 'plan' ? <InUseCampaignList plan={plan} /> : null}
      {phase.name === 'plan' && !found.loading && found.unmatched.length > 0 ? (
        <p className="field-warning">
          ColdSend also named {found.unmatched.join(', ')}, which the console could not find among your 100 newest campaigns; open it from Campaigns and take this inbox out there.
        </p>
      ) : null}
      {phase.name === 'plan' && plan.blocked.length > 0 ? (
        <p className="field-warning">This inbox cannot be deleted until every campaign above can do without it; the console changes nothing until then.</p>
      ) : null}
      {phase.name === 'plan'
        ? pausedEarlier.map((c) => <ResumePausedCampaign key={c.campaign_id} campaign={c} onResumed={resumed} />)
        : null}
      {nothingFound ? <p>No campaign uses this inbox any more; it can be deleted now.</p> : null}
      {canRun && !nothingFound ? <p>The console does this in order, showing each step, and stops at the first problem. Then it deletes the inbox.</p> : null}
      {phase.name !== 'plan' ? <RemovalProgress steps={phase.plan.steps} reports={reports} /> : null}
      {phase.name === 'finished' ? <RemovalResult outcome={phase.outcome} outcomeRef={outcomeRef} stillPaused={pausedEarlier} onResumed={resumed} /> : null}
      <div className="button-row">
        {canRun ? (
          <button type="button" className="danger" onClick={() => void run()}>
            {nothingFound ? 'Delete inbox' : 'Remove from campaigns and delete'}
          </button>
        ) : null}
        {phase.name === 'finished' && !phase.outcome.ok ? (
          <button type="button" onClick={() => void lookAgain()}>
            Look again
          </button>
        ) : null}
        <button type="button" disabled={phase.name === 'running'} onClick={() => onClose(done)}>
          {phase.name === 'plan' ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  )
}

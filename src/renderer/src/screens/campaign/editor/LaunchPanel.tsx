import { useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { Dialog } from '../../../components/Dialog'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { useApiMutation } from '../../../query/use-api-mutation'
import { notify } from '../../../toasts/toasts-store'
import { CAMPAIGN_READS } from '../../campaigns/campaign-reads'
import { readyToLaunch, type ChecklistFix, type ChecklistItem } from './launch-checklist'

/** Props: the campaign, its checklist, and how to jump to the section that fixes an item. */
export interface LaunchPanelProps {
  campaign: CampaignDetail
  items: readonly ChecklistItem[]
  inboxCount: number
  onFix: (fix: ChecklistFix) => void
  /** The server named missing requirements (a refused launch): the checklist marks them. */
  onServerMissing: (missing: readonly string[]) => void
  /** A refusal that concerns fields (a 422, a distribution rule): the editor marks them; true when it could. */
  onFieldError: (error: AppError) => boolean
}

/**
 * Launch: the checklist (each unmet item says why and links to its fix), a "Launch" button enabled
 * only when everything is met, a confirmation that says what will happen, and the result.
 */
export function LaunchPanel({ campaign, items, inboxCount, onFix, onServerMissing, onFieldError }: LaunchPanelProps) {
  const [confirming, setConfirming] = useState(false)
  const launch = useApiMutation('campaigns.update', CAMPAIGN_READS)
  const ready = readyToLaunch(campaign.status, items)
  const met = items.filter((i) => i.ok).length

  const go = () =>
    launch.mutate(
      { campaign_id: campaign.campaign_id, launch: true },
      {
        onSuccess: (result) => {
          setConfirming(false)
          onServerMissing(result.missing_requirements)
          notify(`“${campaign.name}” launched: it is ${result.status}.`, { tone: 'success' })
        },
        onError: (error) => {
          if (error.kind === 'business' && error.code === 'launch_requirements_missing') onServerMissing(error.missing ?? [])
          if (onFieldError(error)) setConfirming(false)
        }
      }
    )

  return (
    <section className="panel launch-panel" aria-labelledby="launch-heading">
      <h2 id="launch-heading">Launch checklist</h2>
      {campaign.status !== 'DRAFT' ? (
        <p>
          This campaign is {campaign.status}; only DRAFT campaigns are launched.{' '}
          {campaign.status === 'PAUSED' ? 'Use Resume to send again.' : ''}
        </p>
      ) : (
        <>
          <p className="launch-panel__summary">
            {met} of {items.length} met
          </p>
          <ul className="checklist">
            {items.map((item) => (
              <li key={item.id} className={item.ok ? 'checklist__item checklist__item--ok' : 'checklist__item checklist__item--missing'}>
                <span className="checklist__mark" aria-hidden="true">
                  {item.ok ? '✓' : '✗'}
                </span>
                <span>
                  <span className="visually-hidden">{item.ok ? 'Met: ' : 'Not met: '}</span>
                  {item.label}
                  {item.detail ? <span className="checklist__detail"> — {item.detail}</span> : null}
                </span>
                {!item.ok && item.fix && item.fixLabel ? (
                  <button type="button" className="link-button" onClick={() => item.fix && onFix(item.fix)}>
                    {item.fixLabel}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {launch.error && !confirming ? <ErrorNotice error={launch.error} headingLevel={3} autoRetry={false} /> : null}
          <div className="button-row">
            <button type="button" className="primary" disabled={!ready} onClick={() => (launch.reset(), setConfirming(true))}>
              Launch
            </button>
          </div>
        </>
      )}
      {confirming ? (
        <Dialog title={`Launch “${campaign.name}”?`} onClose={() => setConfirming(false)}>
          <p>
            ColdSend starts sending to {campaign.total_leads.toLocaleString()} {campaign.total_leads === 1 ? 'lead' : 'leads'} from {inboxCount}{' '}
            {inboxCount === 1 ? 'inbox' : 'inboxes'}, on the saved schedule. You can pause it at any time.
          </p>
          {launch.error ? <ErrorNotice error={launch.error} headingLevel={3} autoRetry={false} /> : null}
          <div className="button-row">
            <button type="button" className="primary" disabled={launch.isPending} onClick={go}>
              {launch.isPending ? 'Launching…' : 'Launch campaign'}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  )
}

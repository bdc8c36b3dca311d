import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { AppError } from '../../../../shared/contract/app-error'
import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { MenuButton, type MenuItem } from '../../components/MenuButton'
import { useApiMutation } from '../../query/use-api-mutation'
import { paths } from '../../routes/paths'
import { notify } from '../../toasts/toasts-store'
import { DeleteCampaignDialog } from './DeleteCampaignDialog'

const CHANGES = ['campaigns.list', 'campaigns.get', 'analytics.campaigns'] as const

/** Props: the row's campaign and how to start a lead upload for it. */
export interface CampaignRowActionsProps {
  campaign: CampaignSummary
  onUploadLeads: (campaign: CampaignSummary) => void
}

/**
 * The row's "Actions" menu: Open, Upload leads, Pause or Resume (by status), Delete (asks first;
 * offered only where ColdSend allows it). Each result is a toast linking to the campaign.
 */
export function CampaignRowActions({ campaign, onUploadLeads }: CampaignRowActionsProps) {
  const navigate = useNavigate()
  const pause = useApiMutation('campaigns.pause', CHANGES)
  const resume = useApiMutation('campaigns.resume', CHANGES)
  const [deleting, setDeleting] = useState(false)
  const link = { to: paths.campaign(campaign.campaign_id), label: 'Open campaign' }
  const failed = (what: string) => (error: AppError) =>
    notify(`Could not ${what} “${campaign.name}”: ${error.message}`, { tone: 'problem', link: { to: paths.errors(), label: 'Open the error log' } })

  const items: MenuItem[] = [
    { label: 'Open', onSelect: () => void navigate(paths.campaign(campaign.campaign_id)) },
    { label: 'Upload leads', onSelect: () => onUploadLeads(campaign) }
  ]
  if (campaign.status === 'ACTIVE')
    items.push({
      label: 'Pause',
      onSelect: () => pause.mutate({ campaign_id: campaign.campaign_id }, { onSuccess: () => notify(`Campaign “${campaign.name}” paused.`, { link }), onError: failed('pause') })
    })
  if (campaign.status === 'PAUSED')
    items.push({
      label: 'Resume',
      onSelect: () => resume.mutate({ campaign_id: campaign.campaign_id }, { onSuccess: () => notify(`Campaign “${campaign.name}” resumed.`, { link }), onError: failed('resume') })
    })
  const deletable = campaign.status === 'DRAFT' || campaign.status === 'PAUSED'
  items.push({
    label: 'Delete…',
    danger: true,
    disabled: !deletable,
    reason: 'Only draft or paused campaigns can be deleted: pause it first.',
    onSelect: () => setDeleting(true)
  })

  return (
    <>
      <MenuButton label="Actions" accessibleName={`Actions for ${campaign.name}`} items={items} />
      {deleting ? <DeleteCampaignDialog campaign={campaign} onClose={() => setDeleting(false)} /> : null}
    </>
  )
}

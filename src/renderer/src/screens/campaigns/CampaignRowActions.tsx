import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { AppError } from '../../../../shared/contract/app-error'
import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { useFacade } from '../../bridge/facade-context'
import { MenuButton, type MenuItem } from '../../components/MenuButton'
import { operationPrefix } from '../../query/query-keys'
import { useApiMutation } from '../../query/use-api-mutation'
import { useProfilesStore } from '../../stores/profiles-store'
import { paths } from '../../routes/paths'
import { notify } from '../../toasts/toasts-store'
import { CAMPAIGN_READS } from './campaign-reads'
import { DeleteCampaignDialog } from './DeleteCampaignDialog'
import { duplicateCampaign } from './duplicate-campaign'

/** Props: the row's campaign and how to start a lead upload for it. */
export interface CampaignRowActionsProps {
  campaign: CampaignSummary
  onUploadLeads: (campaign: CampaignSummary) => void
}

/**
 * The row's "Actions" menu: Open, Upload leads, Pause or Resume (by status), Duplicate, Delete (asks first;
 * offered only where ColdSend allows it). Each result is a toast linking to the campaign.
 */
export function CampaignRowActions({ campaign, onUploadLeads }: CampaignRowActionsProps) {
  const navigate = useNavigate()
  const pause = useApiMutation('campaigns.pause', CAMPAIGN_READS)
  const resume = useApiMutation('campaigns.resume', CAMPAIGN_READS)
  const [deleting, setDeleting] = useState(false)
  const facade = useFacade()
  const queryClient = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId) ?? ''
  const duplicate = async () => {
    const result = await duplicateCampaign(facade, campaign.campaign_id)
    void queryClient.invalidateQueries({ queryKey: operationPrefix(profileId, 'campaigns.list') })
    if (!result.ok) return failed('duplicate')(result.error)
    const copy = { to: paths.campaign(result.campaignId), label: 'Open the copy' }
    if (result.contentError)
      return notify(`“${result.name}” was created, but its emails and inboxes could not be copied: ${result.contentError.message}`, { error: result.contentError, link: copy })
    notify(`Copied as “${result.name}” (settings, emails and inboxes; leads stay with the original).`, { link: copy })
  }
  const link = { to: paths.campaign(campaign.campaign_id), label: 'Open campaign' }
  const failed = (what: string) => (error: AppError) =>
    notify(`Could not ${what} “${campaign.name}”: ${error.message}`, { error })

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
  items.push({ label: 'Duplicate', onSelect: () => void duplicate() })
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

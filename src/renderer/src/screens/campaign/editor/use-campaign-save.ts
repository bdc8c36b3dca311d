import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import { distributionTotal } from '../../../../../shared/campaign-rules'
import { useFacade } from '../../../bridge/facade-context'
import { issuesFromError, type FieldIssue } from '../../../forms/field-issue'
import { operationPrefix } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import { notify } from '../../../toasts/toasts-store'
import { CAMPAIGN_READS } from '../../campaigns/campaign-reads'
import { placeEditorIssues } from './editor-issues'
import { changedFields, checkEditorValues, ruleCampaign, type EditorChanges } from './editor-payload'
import type { EditorValues } from './editor-values'
import type { EditorDraft } from './use-editor-draft'

/** What the Save button and the panels around it need. */
export interface CampaignSave {
  saving: boolean
  /** An error no field shows (404, 403, rate limit, a refused rule), for the notice under the editor. */
  failure: AppError | null
  /** The server refused because the campaign is ACTIVE: the "Pause, apply and resume" flow is offered. */
  needsPause: EditorChanges | null
  save(): Promise<void>
  /** Marks fields from an error (a 422 or a distribution refusal); false when none could be marked. */
  placeError(error: AppError, values: EditorValues): boolean
  clearFailure(): void
  /** Tells the cache the campaign changed (lists, detail, analytics refetch). */
  refreshReads(): Promise<unknown>
}

// Distribution fields of every variant group whose shares do not add up to 100 (all groups' when none is off).
function distributionIssues(values: EditorValues, msg: string): FieldIssue[] {
  const rules = ruleCampaign(values)
  const groups: Array<{ at: string; variants: typeof rules.variants }> = [
    { at: 'variants', variants: rules.variants },
    ...rules.sequences.map((s, i) => ({ at: `sequences.${i}.variants`, variants: s.variants }))
  ]
  const off = groups.filter((g) => g.variants.length > 0 && distributionTotal(g.variants) !== 100)
  return (off.length > 0 ? off : groups.slice(0, 1)).flatMap((g) => g.variants.map((_, i) => ({ path: `${g.at}.${i}.distribution_percent`, msg })))
}

/**
 * Save for the whole editor: local rules first (shared with the sandbox's documented limits), then
 * only the changed fields; the server's answer always wins — its 422 `loc`s land on their fields,
 * a distribution refusal marks the shares, "not modifiable" offers the pause flow, anything else
 * becomes a notice. The edits stay in the form (and the stored draft) whatever happens.
 */
export function useCampaignSave(campaignId: string, draft: EditorDraft, onSaved: (missing: readonly string[]) => void): CampaignSave {
  const facade = useFacade()
  const client = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId) ?? ''
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [needsPause, setNeedsPause] = useState<EditorChanges | null>(null)
  const { form } = draft

  const refreshReads = useCallback(
    () => Promise.all(CAMPAIGN_READS.map((op) => client.invalidateQueries({ queryKey: operationPrefix(profileId, op) }))),
    [client, profileId]
  )

  const placeError = useCallback(
    (error: AppError, values: EditorValues) => {
      if (error.kind === 'validation') {
        const issues = issuesFromError(error)
        if (issues.length === 0) return false
        form.showIssues(placeEditorIssues(issues, values))
        return true
      }
      if (error.kind === 'business' && error.code === 'variant_distribution_mismatch') {
        form.showIssues(distributionIssues(values, `ColdSend refused the distribution: ${error.detail}`))
        return true
      }
      return false
    },
    [form]
  )

  const save = useCallback(async () => {
    form.clearAll()
    setFailure(null)
    setNeedsPause(null)
    const values = form.form.getValues()
    const local = checkEditorValues(values)
    if (local.length > 0) return form.showIssues(placeEditorIssues(local, values))
    const changes = changedFields(values, draft.base)
    if (Object.keys(changes).length === 0) {
      notify('Nothing to save: the campaign already has these values.', { tone: 'info' })
      return
    }
    setSaving(true)
    const result = await facade.campaigns.update({ campaign_id: campaignId, ...changes })
    setSaving(false)
    if (result.ok) {
      draft.markSaved(values)
      onSaved(result.value.missing_requirements)
      notify('Campaign saved.', { tone: 'success' })
      await refreshReads()
      return
    }
    const error = result.error
    if (error.kind === 'business' && error.code === 'campaign_not_modifiable') return setNeedsPause(changes)
    if (!placeError(error, values)) setFailure(error)
    // An outcome that may have applied: the detail is re-read so the editor shows what the server has.
    if ('mayHaveApplied' in error && error.mayHaveApplied) await refreshReads()
  }, [campaignId, draft, facade, form, onSaved, placeError, refreshReads])

  return { saving, failure, needsPause, save, placeError, clearFailure: () => (setFailure(null), setNeedsPause(null)), refreshReads }
}

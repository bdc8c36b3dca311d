import { useCallback, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { Link, useNavigate } from 'react-router'
import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { FormBanner } from '../../../forms/FormBanner'
import { FormSection, SectionProvider } from '../../../forms/form-sections'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { useApiQuery } from '../../../query/use-api-query'
import { paths } from '../../../routes/paths'
import { BasicsSection } from './BasicsSection'
import { changedFields, checkEditorValues, hasChanges } from './editor-payload'
import { placeEditorIssues } from './editor-issues'
import type { EditorValues } from './editor-values'
import { DiscardChanges } from './DiscardChanges'
import { DraftNotice } from './DraftNotice'
import { EmailPreview } from './EmailPreview'
import { InboxPicker } from './InboxPicker'
import { LaunchPanel } from './LaunchPanel'
import { launchChecklist, type ChecklistFix } from './launch-checklist'
import { OptionsSection } from './OptionsSection'
import { PauseApplyResumePanel } from './PauseApplyResumePanel'
import { ScheduleSection } from './ScheduleSection'
import { SequencesEditor } from './SequencesEditor'
import { useCampaignSave } from './use-campaign-save'
import { useEditorDraft } from './use-editor-draft'
import { useLeadSample } from './use-lead-sample'
import { useTemplateWarnings } from './use-template-warnings'
import { VariantsEditor } from './VariantsEditor'
import './editor.css'

/** Props: the campaign as the server has it, and the profile whose draft store to use. */
export interface CampaignEditorProps {
  campaign: CampaignDetail
  profileId: string
}

/**
 * The campaign editor: every field of `PUT /campaigns/{id}` in collapsible sections, one Save for
 * all of it, edits that survive navigation, reload and failed saves, every server issue on its
 * field, the pause-apply-resume fix for ACTIVE campaigns, and the launch checklist beside it.
 */
export function CampaignEditor({ campaign, profileId }: CampaignEditorProps) {
  const navigate = useNavigate()
  const draft = useEditorDraft(campaign, profileId)
  const { form } = draft
  const [serverMissing, setServerMissing] = useState<readonly string[] | null>(null)
  const saver = useCampaignSave(campaign.campaign_id, draft, setServerMissing)
  const values = useWatch({ control: form.form.control }) as EditorValues
  const unsaved = hasChanges({ ...draft.base, ...values }, draft.base)
  const senders = useApiQuery('senders.list', { page: 1, limit: 100 })
  const items = launchChecklist({
    status: campaign.status,
    totalLeads: campaign.total_leads,
    saved: draft.base,
    unsaved,
    inboxes: senders.data?.sender_accounts ?? null,
    serverMissing
  })
  const sample = useLeadSample(campaign.campaign_id)
  const warnings = useTemplateWarnings(form, sample.leadFields, sample.loaded)

  const onFix = useCallback(
    (fix: ChecklistFix) => {
      if ('section' in fix) return void navigate(paths.campaign(campaign.campaign_id, fix.section))
      form.sections.reveal(fix.path)
      // After the section has opened: focus the group the fix is about.
      requestAnimationFrame(() => {
        const target = document.getElementById(form.idOf(fix.path))
        target?.focus()
        target?.scrollIntoView?.({ block: 'center' })
      })
    },
    [campaign.campaign_id, form, navigate]
  )

  // The pause flow reads the changes when it starts, so edits made after a failed attempt are sent too.
  const changesForFlow = useCallback(() => {
    form.clearAll()
    const current = form.form.getValues()
    const local = checkEditorValues(current)
    if (local.length > 0) {
      form.showIssues(placeEditorIssues(local, current))
      return null
    }
    return changedFields(current, draft.base)
  }, [draft.base, form])

  return (
    <div className="editor-layout">
      <form className="form editor-form" noValidate aria-label="Campaign settings" onSubmit={(e) => (e.preventDefault(), void saver.save())}>
        <DraftNotice draft={draft} />
        <FormBanner form={form} />
        <SectionProvider registry={form.sections}>
          <BasicsSection form={form} />
          <ScheduleSection form={form} />
          <OptionsSection form={form} />
          <FormSection title="Inboxes" holds={['inbox_ids']} defaultOpen>
            <InboxPicker form={form} />
          </FormSection>
          <FormSection title="Email" holds={['variants']} defaultOpen>
            <VariantsEditor form={form} at="variants" followUp={false} heading="First email variants" warnings={warnings} />
          </FormSection>
          <FormSection title="Follow-ups" holds={['sequences']} defaultOpen={(values.sequences ?? []).length > 0}>
            <SequencesEditor form={form} warnings={warnings} />
          </FormSection>
          <FormSection title="Email preview" holds={[]} defaultOpen>
            <EmailPreview form={form} sample={sample} />
          </FormSection>
        </SectionProvider>
        {saver.needsPause ? (
          <PauseApplyResumePanel
            campaignId={campaign.campaign_id}
            getChanges={changesForFlow}
            onApplied={(missing) => {
              draft.markSaved(form.form.getValues())
              setServerMissing(missing)
            }}
            onApplyFailed={(outcome) => saver.placeError(outcome.error, form.form.getValues())}
            onServerChanged={() => void saver.refreshReads()}
            onCancel={saver.clearFailure}
          />
        ) : null}
        {saver.failure ? (
          <div className="editor-failure">
            <ErrorNotice error={saver.failure} headingLevel={2} autoRetry={false} onRetry={() => void saver.save()} />
            {saver.failure.kind === 'not_found' ? (
              <p>
                Your edits are kept in this browser. <Link to={paths.campaigns()}>Back to Campaigns</Link>
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="save-bar">
          <button type="submit" className="primary" disabled={saver.saving}>
            Save
          </button>
          {unsaved ? <DiscardChanges onDiscard={draft.discard} disabled={saver.saving} /> : null}
          <p className="save-bar__state" role="status">
            {saver.saving
              ? 'Saving…'
              : unsaved
                ? `Unsaved changes, kept in this browser until saved or discarded.${campaign.status === 'ACTIVE' ? ' The campaign is sending: Save offers to pause, apply and resume.' : ''}`
                : 'All changes saved.'}
          </p>
        </div>
      </form>
      <aside className="editor-aside" aria-label="Launch">
        <LaunchPanel
          campaign={campaign}
          items={items}
          inboxCount={draft.base.inbox_ids.length}
          onFix={onFix}
          onServerMissing={setServerMissing}
          onFieldError={(error) => saver.placeError(error, form.form.getValues())}
        />
      </aside>
    </div>
  )
}

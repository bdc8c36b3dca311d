import type { AppError } from '../../../../shared/contract/app-error'
import type { CampaignCreated } from '../../../../shared/contract/campaigns'
import { Field } from '../../forms/Field'
import { FormBanner } from '../../forms/FormBanner'
import { useConsoleForm } from '../../forms/use-console-form'
import { formatDate } from '../../format/dates'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { CAMPAIGN_READS } from './campaign-reads'
import { useDuplicateName } from './use-duplicate-name'
import { CAMPAIGN_FORM_FIELDS, campaignCreateInput, campaignFormSchema, EMPTY_CAMPAIGN_FORM } from './campaign-draft'

/** Props: what to do after a create, and on cancel. */
export interface NewCampaignFormProps {
  onCreated: (campaign: CampaignCreated) => void
  onCancel: () => void
}

/**
 * The New campaign form: checks the documented limits locally, sends `campaigns.create` (which
 * refreshes every cached campaign list), and puts each server validation issue on the field it names.
 */
export function NewCampaignForm({ onCreated, onCancel }: NewCampaignFormProps) {
  const form = useConsoleForm({ schema: campaignFormSchema, defaultValues: EMPTY_CAMPAIGN_FORM, fields: CAMPAIGN_FORM_FIELDS })
  const create = useApiMutation('campaigns.create', CAMPAIGN_READS)
  const { register, watch } = form.form
  const duplicate = useDuplicateName(watch('name'))

  const onValid = form.submit(async (values) => {
    if (create.isPending) return
    create.reset()
    try {
      onCreated(await create.mutateAsync(campaignCreateInput(values)))
    } catch (error) {
      form.showError(error as AppError)
    }
  })
  const failure = create.error && create.error.kind !== 'validation' ? create.error : null

  return (
    <form className="form" noValidate onSubmit={onValid} aria-busy={create.isPending || undefined}>
      <FormBanner form={form} />
      <Field
        label="Name"
        path="name"
        form={form}
        hint={
          duplicate ? (
            <>
              8 to 255 characters. <strong className="field-warning">A campaign named “{duplicate.name}” already exists{duplicate.created_at ? ` (created ${formatDate(duplicate.created_at)})` : ''}.</strong> You can still create another.
            </>
          ) : (
            '8 to 255 characters.'
          )
        }
      >
        {(control) => <input {...control} type="text" autoComplete="off" {...register('name')} />}
      </Field>
      <Field
        label="Daily limit per inbox"
        path="daily_limit_per_inbox"
        form={form}
        hint="Optional. 1 to 100 emails per inbox per day; leave empty for no campaign-level cap."
      >
        {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...register('daily_limit_per_inbox')} />}
      </Field>
      {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={create.isPending}>
          Create campaign
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {create.isPending ? <span className="muted">Creating…</span> : null}
      </div>
    </form>
  )
}

import { useState, type FormEvent } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { CampaignCreated } from '../../../../shared/contract/campaigns'
import { useFacade } from '../../bridge/facade-context'
import { Field } from '../../forms/Field'
import { FormBanner } from '../../forms/FormBanner'
import { issuesFromError } from '../../forms/field-issue'
import { useFieldErrors } from '../../forms/use-field-errors'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { CAMPAIGN_FORM_FIELDS, prepareCampaignCreate } from './campaign-draft'

/** Props: what to do after a create, after an unknown outcome, and on cancel. */
export interface NewCampaignFormProps {
  onCreated: (campaign: CampaignCreated) => void
  onCancel: () => void
  /** The answer was lost and the campaign may exist: the list should be reloaded to check. */
  onMaybeCreated?: () => void
}

function mayExist(error: AppError): boolean {
  return (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'unknown_outcome') && error.mayHaveApplied
}

/**
 * The New campaign form: checks the documented limits locally, sends `campaigns.create`, and puts
 * every server validation issue on the field it names (or in a banner that names it).
 */
export function NewCampaignForm({ onCreated, onCancel, onMaybeCreated }: NewCampaignFormProps) {
  const facade = useFacade()
  const form = useFieldErrors(CAMPAIGN_FORM_FIELDS)
  const [name, setName] = useState('')
  const [dailyLimit, setDailyLimit] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (submitting) return
    setFailure(null)
    const prepared = prepareCampaignCreate({ name, dailyLimit })
    if (!prepared.ok) return form.show(prepared.issues)
    form.clearAll()
    setSubmitting(true)
    const result = await facade.campaigns.create(prepared.input)
    setSubmitting(false)
    if (result.ok) return onCreated(result.value)
    const issues = issuesFromError(result.error)
    if (issues.length > 0) return form.show(issues)
    setFailure(result.error)
    if (mayExist(result.error)) onMaybeCreated?.()
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={submitting || undefined}>
      <FormBanner form={form} />
      <Field label="Name" path="name" form={form} hint="8 to 255 characters.">
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={name}
            onChange={(e) => {
              setName(e.target.value)
              form.clear('name')
            }}
          />
        )}
      </Field>
      <Field
        label="Daily limit per inbox"
        path="daily_limit_per_inbox"
        form={form}
        hint="Optional. 1 to 100 emails per inbox per day; leave empty for no campaign-level cap."
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={dailyLimit}
            onChange={(e) => {
              setDailyLimit(e.target.value)
              form.clear('daily_limit_per_inbox')
            }}
          />
        )}
      </Field>
      {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={submitting}>
          Create campaign
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {submitting ? <span className="muted">Creating…</span> : null}
      </div>
    </form>
  )
}

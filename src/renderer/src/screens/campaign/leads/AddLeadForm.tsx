import { useFieldArray } from 'react-hook-form'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { Lead } from '../../../../../shared/contract/leads'
import { Field } from '../../../forms/Field'
import { FormBanner } from '../../../forms/FormBanner'
import { useConsoleForm } from '../../../forms/use-console-form'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { useApiMutation } from '../../../query/use-api-mutation'
import { ADD_LEAD_FIELDS, ADD_LEAD_LABELS, addLeadInput, addLeadIssues, addLeadSchema, EMPTY_LEAD } from './add-lead-form'
import { LEAD_READS } from './lead-reads'

/** Props: the campaign the lead joins, and what happens after an add or a cancel. */
export interface AddLeadFormProps {
  campaignId: string
  onAdded: (lead: Lead) => void
  onCancel: () => void
}

/**
 * Adds one lead (`leads.add`): email, names, company and custom fields as name/value rows. A refusal
 * lands on the field it concerns — a 422 by path, "already a lead" on Email — and what was typed stays.
 */
export function AddLeadForm({ campaignId, onAdded, onCancel }: AddLeadFormProps) {
  const form = useConsoleForm({ schema: addLeadSchema, defaultValues: EMPTY_LEAD, fields: ADD_LEAD_FIELDS, labels: ADD_LEAD_LABELS })
  const add = useApiMutation('leads.add', LEAD_READS)
  const { register, control, getValues } = form.form
  const rows = useFieldArray({ control, name: 'custom_fields' })

  const onValid = form.submit(async (values) => {
    if (add.isPending) return
    add.reset()
    try {
      onAdded(await add.mutateAsync(addLeadInput(campaignId, values)))
    } catch (error) {
      const issues = addLeadIssues(error as AppError, getValues())
      if (issues.length > 0) form.showIssues(issues)
    }
  })
  const failure = add.error && add.error.kind !== 'validation' && add.error.kind !== 'conflict' ? add.error : null

  const text = (path: 'email' | 'first_name' | 'last_name' | 'company', label: string, hint?: string, type = 'text') => (
    <Field label={label} path={path} form={form} hint={hint}>
      {(c) => <input {...c} type={type} autoComplete="off" {...register(path)} />}
    </Field>
  )

  return (
    <form className="form" noValidate onSubmit={onValid} aria-busy={add.isPending || undefined}>
      <FormBanner form={form} />
      {text('email', 'Email', 'Required. One lead per address in a campaign.', 'email')}
      {text('first_name', 'First name')}
      {text('last_name', 'Last name')}
      {text('company', 'Company')}
      <fieldset className="mapping custom-fields">
        <legend>Custom fields</legend>
        <p className="field-hint">Each becomes a merge field in the emails, e.g. a field named city is written {'{{city}}'}.</p>
        {rows.fields.map((row, i) => (
          <div key={row.id} className="custom-field-row">
            <Field label={`Custom field ${i + 1} name`} path={`custom_fields.${i}.key`} form={form}>
              {(c) => <input {...c} type="text" autoComplete="off" {...register(`custom_fields.${i}.key`)} />}
            </Field>
            <Field label={`Custom field ${i + 1} value`} path={`custom_fields.${i}.value`} form={form}>
              {(c) => <input {...c} type="text" autoComplete="off" {...register(`custom_fields.${i}.value`)} />}
            </Field>
            <button type="button" className="link-button" aria-label={`Remove custom field ${i + 1}`} onClick={() => rows.remove(i)}>
              Remove
            </button>
          </div>
        ))}
        <p>
          <button type="button" onClick={() => rows.append({ key: '', value: '' }, { shouldFocus: true })}>
            Add custom field
          </button>
        </p>
      </fieldset>
      {failure ? <ErrorNotice error={failure} headingLevel={3} autoRetry={false} /> : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={add.isPending}>
          Add lead
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {add.isPending ? <span className="muted">Adding…</span> : null}
      </div>
    </form>
  )
}

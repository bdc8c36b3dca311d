import { useId } from 'react'
import { useFieldArray, useWatch } from 'react-hook-form'
import { contentLimits } from '../../../../../shared/campaign-rules'
import { Field } from '../../../forms/Field'
import { FormSection } from '../../../forms/form-sections'
import { GroupError, groupProps } from '../../../forms/GroupError'
import { useFieldMessage } from '../../../forms/use-field-message'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { groupErrorPath } from './editor-issues'
import { newSequence, type EditorValues, type SequenceValues } from './editor-values'
import { VariantsEditor } from './VariantsEditor'

/** What each trigger means, in the operator's words. */
export const TRIGGER_LABELS: Record<SequenceValues['trigger_type'], string> = {
  NOT_REPLIED: 'Not replied',
  NOT_OPENED: 'Not opened',
  OPENED_BUT_NOT_REPLIED: 'Opened but not replied'
}

const days = (raw: string) => (/^\d+$/.test(raw.trim()) ? Number(raw) : 0)

/**
 * Follow-up steps 2–4: when each is sent (trigger, wait), its unsubscribe link, its own variants,
 * and the total wait against the 45-day limit, live.
 */
export function SequencesEditor({ form, warnings }: { form: ConsoleForm<EditorValues>; warnings: Readonly<Record<string, string>> }) {
  const headingId = useId()
  const { control, register } = form.form
  const { fields, append, remove } = useFieldArray({ control, name: 'sequences' })
  const steps = (useWatch({ control, name: 'sequences' }) ?? []) as SequenceValues[]
  const totalWait = steps.reduce((sum, s) => sum + days(s.wait_days), 0)
  const slot = groupErrorPath('sequences')
  const error = useFieldMessage(form, slot)
  const full = fields.length >= contentLimits.maxFollowUps

  return (
    <div role="group" aria-labelledby={headingId} className="sequences-editor" {...groupProps(form, slot, error)}>
      <h3 id={headingId} className="group-heading">
        Follow-up steps
      </h3>
      <GroupError form={form} slot={slot} />
      {fields.length === 0 ? <p className="empty-hint">No follow-ups: leads get the first email only.</p> : null}
      {fields.map((field, index) => {
        const at = `sequences.${index}` as const
        const step = steps[index]
        return (
          <FormSection key={field.id} title={`Step ${index + 2}: ${TRIGGER_LABELS[step?.trigger_type ?? 'NOT_REPLIED']} after ${step?.wait_days || '?'} days`} holds={[at]} defaultOpen>
            <GroupError form={form} slot={groupErrorPath(at)} />
            <div id={form.idOf(groupErrorPath(at))} tabIndex={-1} className="sequence-fields">
              <Field label="Send when" path={`${at}.trigger_type`} form={form}>
                {(control) => (
                  <select {...control} {...register(`${at}.trigger_type`)}>
                    {Object.entries(TRIGGER_LABELS).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Wait (days)" path={`${at}.wait_days`} form={form} hint={`1–${contentLimits.waitDaysMax} days after the previous email.`}>
                {(control) => <input {...control} {...register(`${at}.wait_days`)} inputMode="numeric" className="input-number" />}
              </Field>
              <Field label="Unsubscribe link" path={`${at}.enable_unsubscribe`} form={form}>
                {(control) => (
                  <select {...control} {...register(`${at}.enable_unsubscribe`)}>
                    <option value="inherit">Same as the campaign</option>
                    <option value="on">Add the link</option>
                    <option value="off">No link</option>
                  </select>
                )}
              </Field>
              <VariantsEditor form={form} at={`${at}.variants`} followUp heading={`Step ${index + 2} variants`} warnings={warnings} />
              <div className="button-row">
                <button type="button" onClick={() => remove(index)}>
                  Remove step {index + 2}
                </button>
              </div>
            </div>
          </FormSection>
        )
      })}
      <p className={totalWait > contentLimits.totalWaitDaysMax ? 'distribution-total distribution-total--off' : 'distribution-total'} role="status">
        Total wait: {totalWait} of {contentLimits.totalWaitDaysMax} days
      </p>
      <div className="button-row">
        <button type="button" onClick={() => append(newSequence())} disabled={full} title={full ? 'At most three follow-ups.' : undefined}>
          Add follow-up
        </button>
      </div>
    </div>
  )
}

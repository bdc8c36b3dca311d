import { campaignLimits } from '../../../../../shared/rules'
import { Field } from '../../../forms/Field'
import { FormSection } from '../../../forms/form-sections'
import type { ConsoleForm } from '../../../forms/use-console-form'
import type { EditorValues } from './editor-values'

/** Name and the campaign-level daily cap per inbox. */
export function BasicsSection({ form }: { form: ConsoleForm<EditorValues> }) {
  const { register } = form.form
  return (
    <FormSection title="Basics" holds={['name', 'daily_limit_per_inbox']} defaultOpen>
      <Field label="Name" path="name" form={form} hint={`${campaignLimits.nameMin}–${campaignLimits.nameMax} characters.`}>
        {(control) => <input {...control} {...register('name')} autoComplete="off" />}
      </Field>
      <Field
        label="Daily limit per inbox"
        path="daily_limit_per_inbox"
        form={form}
        hint="1–100 emails per inbox per day; empty = no campaign cap. ColdSend suggests 20–30 for new inboxes, 50–80 warmed."
      >
        {(control) => <input {...control} {...register('daily_limit_per_inbox')} inputMode="numeric" className="input-number" />}
      </Field>
    </FormSection>
  )
}

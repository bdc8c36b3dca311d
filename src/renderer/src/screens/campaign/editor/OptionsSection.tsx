import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../../forms/CheckboxField'
import { Field } from '../../../forms/Field'
import { FormSection } from '../../../forms/form-sections'
import type { ConsoleForm } from '../../../forms/use-console-form'
import type { EditorValues } from './editor-values'

/** Tracking, the unsubscribe link, and ramp-up (a daily volume that grows until a cap). */
export function OptionsSection({ form }: { form: ConsoleForm<EditorValues> }) {
  const { register, control } = form.form
  const ramp = useWatch({ control, name: 'ramp_up_enabled' })
  return (
    <FormSection title="Sending options" holds={['enable_tracking', 'enable_unsubscribe', 'ramp_up_enabled', 'ramp_up_increment', 'ramp_up_max_limit']} defaultOpen>
      <CheckboxField label="Track opens" path="enable_tracking" form={form} hint="Adds an invisible tracking pixel; needs HTML mail and can hurt deliverability." />
      <CheckboxField label="Unsubscribe link" path="enable_unsubscribe" form={form} hint="Adds an unsubscribe option to every email (follow-ups can override it)." />
      <CheckboxField label="Ramp up" path="ramp_up_enabled" form={form} hint="Start low and add a fixed number of emails per inbox each day." />
      {ramp ? (
        <div className="field-row">
          <Field label="Ramp-up increment" path="ramp_up_increment" form={form} hint="Emails per inbox added each day.">
            {(control) => <input {...control} {...register('ramp_up_increment')} inputMode="numeric" className="input-number" />}
          </Field>
          <Field label="Ramp-up maximum" path="ramp_up_max_limit" form={form} hint="Emails per inbox per day once fully ramped.">
            {(control) => <input {...control} {...register('ramp_up_max_limit')} inputMode="numeric" className="input-number" />}
          </Field>
        </div>
      ) : null}
    </FormSection>
  )
}

import { useId } from 'react'
import { useWatch } from 'react-hook-form'
import { Field } from '../../../forms/Field'
import { FormSection } from '../../../forms/form-sections'
import { GroupError, groupProps } from '../../../forms/GroupError'
import { useFieldMessage } from '../../../forms/use-field-message'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { groupErrorPath } from './editor-issues'
import { useDebouncedValue } from '../../../query/use-debounced-value'
import { SendingDaysPicker } from '../schedule/DaysPicker'
import type { SendingSchedule } from '../schedule/send-windows'
import { SendPreview } from '../schedule/SendPreview'
import { TimeZonePicker } from '../schedule/TimeZonePicker'
import { editorSchedule } from './editor-payload'
import type { EditorValues } from './editor-values'

// NaN (junk typed in a number field) would become null in JSON, i.e. "use the default"; -1 keeps it a problem.
const keepJunk = (_key: string, value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? -1 : value)

/** When the campaign sends: time zone, days, the daily window (hours and minutes), and the first day. */
export function ScheduleSection({ form }: { form: ConsoleForm<EditorValues> }) {
  const { register, control, setValue, clearErrors } = form.form
  const daysId = useId()
  const days = (useWatch({ control, name: 'sending_days' }) ?? []) as number[]
  const watched = useWatch({ control }) as Partial<EditorValues>
  const schedule = useDebouncedValue(JSON.stringify(editorSchedule(watched as EditorValues), keepJunk), 250)
  const daysSlot = groupErrorPath('sending_days')
  const daysError = useFieldMessage(form, daysSlot)
  const setDays = (next: number[]) => {
    setValue('sending_days', [...next].sort((a, b) => a - b), { shouldDirty: true })
    clearErrors(daysSlot as never)
  }
  return (
    <FormSection
      title="Schedule"
      holds={['timezone', 'sending_days', 'sending_window_start', 'sending_window_start_minute', 'sending_window_end', 'sending_window_end_minute', 'start_date']}
      defaultOpen
    >
      <Field label="Time zone" path="timezone" form={form} hint="Type a city or offset (“zurich”, “utc+5:30”); the window and start date are in this zone.">
        {(control) => (
          <TimeZonePicker
            id={control.id}
            aria-invalid={control['aria-invalid']}
            aria-describedby={control['aria-describedby']}
            value={watched.timezone ?? ''}
            onChange={(zone) => {
              setValue('timezone', zone, { shouldDirty: true })
              clearErrors('timezone')
            }}
          />
        )}
      </Field>
      <fieldset className="days-field" {...groupProps(form, daysSlot, daysError)} aria-labelledby={daysId}>
        <legend id={daysId}>Sending days</legend>
        <GroupError form={form} slot={daysSlot} />
        <SendingDaysPicker
          value={days}
          onChange={setDays}
          idPrefix={`${form.idOf('sending_days')}-day`}
          invalid={daysError !== undefined}
          {...(daysError ? { describedBy: form.errorIdOf(daysSlot) } : {})}
        />
      </fieldset>
      <fieldset className="window-field">
        <legend>Sending window</legend>
        <div className="field-row">
          <Field label="Start hour" path="sending_window_start" form={form}>
            {(control) => <input {...control} {...register('sending_window_start')} inputMode="numeric" className="input-number" />}
          </Field>
          <Field label="Start minute" path="sending_window_start_minute" form={form}>
            {(control) => <input {...control} {...register('sending_window_start_minute')} inputMode="numeric" className="input-number" />}
          </Field>
          <Field label="End hour" path="sending_window_end" form={form} hint="1–24; 24 means midnight.">
            {(control) => <input {...control} {...register('sending_window_end')} inputMode="numeric" className="input-number" />}
          </Field>
          <Field label="End minute" path="sending_window_end_minute" form={form}>
            {(control) => <input {...control} {...register('sending_window_end_minute')} inputMode="numeric" className="input-number" />}
          </Field>
        </div>
      </fieldset>
      <Field label="Start date" path="start_date" form={form} hint="Empty = starts when launched. In the campaign’s time zone.">
        {(control) => <input {...control} {...register('start_date')} type="datetime-local" />}
      </Field>
      <SendPreview schedule={JSON.parse(schedule) as SendingSchedule} />
    </FormSection>
  )
}

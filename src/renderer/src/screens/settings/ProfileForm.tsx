import { useId, useState } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { Field } from '../../forms/Field'
import { FormBanner } from '../../forms/FormBanner'
import { useConsoleForm } from '../../forms/use-console-form'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { saveProfile, testConnection } from '../../stores/profiles-actions'
import { DEFAULT_BASE_URL } from './base-url-rule'
import type { ConnectionTestState } from './ConnectionTestStatus'
import { TestVerdict } from './TestVerdict'
import {
  initialProfileValues,
  PROFILE_FIELD_LABELS,
  PROFILE_FORM_FIELDS,
  profileSaveSchema,
  profileTestSchema,
  saveInput,
  testInput
} from './profile-draft'

/** Props: the profile being edited (null = new), what to do once saved, and how to close. */
export interface ProfileFormProps {
  editing: ProfileView | null
  onSaved: (profile: ProfileView) => void
  onClose: () => void
}

function keyHint(editing: ProfileView | null): string {
  if (editing?.key.configured) return `Leave empty to keep the stored key •••• ${editing.key.last4 ?? ''}`.trim()
  return 'Paste a cs_live_ key. It goes straight to the key store and is never shown again.'
}

/**
 * Add / edit a connection profile on the console's forms layer. The typed key lives in the form
 * only until it is saved; "Test connection" tests the draft without saving it and moves focus to
 * its verdict.
 */
export function ProfileForm({ editing, onSaved, onClose }: ProfileFormProps) {
  const facade = useFacade()
  const titleId = useId()
  const form = useConsoleForm({
    schema: profileSaveSchema(editing),
    defaultValues: initialProfileValues(editing, DEFAULT_BASE_URL),
    fields: PROFILE_FORM_FIELDS,
    labels: PROFILE_FIELD_LABELS
  })
  const { register } = form.form
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [test, setTest] = useState<ConnectionTestState>({ phase: 'idle' })
  const needsKeyChoice = !editing?.key.configured

  const save = form.submit(async (values) => {
    if (busy) return
    setFailure(null)
    setBusy(true)
    const result = await saveProfile(facade, saveInput(values, editing))
    setBusy(false)
    if (result.ok) {
      form.form.setValue('apiKey', '')
      return onSaved(result.value)
    }
    if (!form.showError(result.error)) setFailure(result.error)
  })

  const runTest = async () => {
    const values = form.form.getValues()
    const checked = profileTestSchema(editing).safeParse(values)
    if (!checked.success) return form.showIssues(checked.error.issues.map((i) => ({ path: i.path.join('.'), msg: i.message })))
    form.clearAll()
    setTest({ phase: 'testing' })
    const result = await testConnection(facade, testInput(values, editing))
    setTest(result.ok ? { phase: 'done', result: result.value } : { phase: 'failed', error: result.error })
  }

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{editing ? `Edit “${editing.name}”` : 'New connection profile'}</h3>
      <form className="form" noValidate onSubmit={save} aria-busy={busy || undefined}>
        <FormBanner form={form} />
        <Field label="Name" path="name" form={form}>
          {(control) => <input {...control} type="text" autoComplete="off" {...register('name')} />}
        </Field>
        <Field label="Base URL" path="baseUrl" form={form} hint="https:// required; plain http:// only for 127.0.0.1 or localhost.">
          {(control) => <input {...control} type="url" autoComplete="off" spellCheck={false} {...register('baseUrl')} />}
        </Field>
        <Field label="API key" path="apiKey" form={form} hint={keyHint(editing)}>
          {(control) => (
            <input {...control} type="password" autoComplete="off" spellCheck={false} {...register('apiKey')} />
          )}
        </Field>
        {needsKeyChoice ? (
          <div className="checkbox-field">
            <input id={form.idOf('withoutKey')} type="checkbox" {...register('withoutKey', { onChange: () => form.form.clearErrors('apiKey') })} />
            <label htmlFor={form.idOf('withoutKey')}>No key yet — I will add it later</label>
          </div>
        ) : null}
        {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            Save profile
          </button>
          <button type="button" onClick={() => void runTest()} disabled={test.phase === 'testing'}>
            Test connection
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <TestVerdict state={test} />
      </form>
    </section>
  )
}

import { useId, useState, type FormEvent } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { Field } from '../../forms/Field'
import { FormBanner } from '../../forms/FormBanner'
import { issuesFromError } from '../../forms/field-issue'
import { useFieldErrors } from '../../forms/use-field-errors'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { saveProfile, testConnection } from '../../stores/profiles-actions'
import { DEFAULT_BASE_URL } from './base-url-rule'
import { ConnectionTestStatus, type ConnectionTestState } from './ConnectionTestStatus'
import { PROFILE_FORM_FIELDS, profileIssues, saveInput, testInput, type ProfileFormValues } from './profile-draft'

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
 * Add / edit a connection profile. The typed key lives in component state only until it is saved,
 * then is cleared at once; "Test connection" tests the draft without saving it.
 */
export function ProfileForm({ editing, onSaved, onClose }: ProfileFormProps) {
  const facade = useFacade()
  const titleId = useId()
  const form = useFieldErrors(PROFILE_FORM_FIELDS)
  const [values, setValues] = useState<ProfileFormValues>({
    name: editing?.name ?? '',
    baseUrl: editing?.baseUrl ?? DEFAULT_BASE_URL,
    apiKey: ''
  })
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [test, setTest] = useState<ConnectionTestState>({ phase: 'idle' })

  const change = (path: keyof ProfileFormValues) => (value: string) => {
    setValues((previous) => ({ ...previous, [path]: value }))
    form.clear(path)
  }

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    setFailure(null)
    const issues = profileIssues(values)
    if (issues.length > 0) return form.show(issues)
    form.clearAll()
    setBusy(true)
    const result = await saveProfile(facade, saveInput(values, editing))
    setBusy(false)
    if (result.ok) {
      setValues((previous) => ({ ...previous, apiKey: '' }))
      return onSaved(result.value)
    }
    const fieldIssues = issuesFromError(result.error)
    if (fieldIssues.length > 0) form.show(fieldIssues)
    else setFailure(result.error)
  }

  const runTest = async () => {
    const issues = profileIssues(values, { forTest: true })
    if (issues.length > 0) return form.show(issues)
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
          {(control) => (
            <input {...control} type="text" autoComplete="off" value={values.name} onChange={(e) => change('name')(e.target.value)} />
          )}
        </Field>
        <Field label="Base URL" path="baseUrl" form={form} hint="https:// required; plain http:// only for 127.0.0.1 or localhost.">
          {(control) => (
            <input
              {...control}
              type="url"
              autoComplete="off"
              spellCheck={false}
              value={values.baseUrl}
              onChange={(e) => change('baseUrl')(e.target.value)}
            />
          )}
        </Field>
        <Field label="API key" path="apiKey" form={form} hint={keyHint(editing)}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={values.apiKey}
              onChange={(e) => change('apiKey')(e.target.value)}
            />
          )}
        </Field>
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
        <ConnectionTestStatus state={test} />
      </form>
    </section>
  )
}

import { useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { activateProfile, removeProfile, testConnection } from '../../stores/profiles-actions'
import { ConnectionTestStatus, type ConnectionTestState } from './ConnectionTestStatus'
import { keyStatusText } from './key-status'

/** Props: one profile and how to open it for editing. */
export interface ProfileRowProps {
  profile: ProfileView
  onEdit: (profile: ProfileView) => void
}

const KIND_LABELS: Record<ProfileView['kind'], string> = {
  user: 'Your profile',
  sandbox: 'Built-in sandbox',
  environment: 'Environment'
}

/**
 * One connection profile: what it points at, where its key is, and Use / Edit / Test / Remove
 * (Remove asks first). Environment profiles are read-only; the sandbox profile cannot be edited.
 */
export function ProfileRow({ profile, onEdit }: ProfileRowProps) {
  const facade = useFacade()
  const [confirming, setConfirming] = useState(false)
  const removeButton = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [test, setTest] = useState<ConnectionTestState>({ phase: 'idle' })
  const name = profile.name

  const act = async (action: () => Promise<{ ok: boolean; error?: AppError }>) => {
    setBusy(true)
    setFailure(null)
    const result = await action()
    setBusy(false)
    if (!result.ok && result.error) setFailure(result.error)
  }
  const runTest = async () => {
    setTest({ phase: 'testing' })
    const result = await testConnection(facade, { id: profile.id })
    setTest(result.ok ? { phase: 'done', result: result.value } : { phase: 'failed', error: result.error })
  }

  return (
    <li className={profile.active ? 'profile-row profile-row--active' : 'profile-row'}>
      <div className="profile-row__summary">
        <p className="profile-row__name">
          <strong>{name}</strong>
          {profile.active ? <span className="badge badge--active">Active</span> : null}
          {profile.kind === 'sandbox' ? <span className="badge badge--sandbox">Sandbox</span> : null}
        </p>
        <p className="profile-row__url">{profile.baseUrl}</p>
        <p className="muted">
          {KIND_LABELS[profile.kind]} · {keyStatusText(profile.key)}
        </p>
        {profile.kind === 'environment' ? (
          <p className="muted">Read-only: it comes from COLDSEND_BASE_URL and COLDSEND_API_KEY set when the console started.</p>
        ) : null}
      </div>
      <div className="button-row">
        {!profile.active ? (
          <button type="button" aria-label={`Use ${name}`} disabled={busy} onClick={() => void act(() => activateProfile(facade, profile.id))}>
            Use
          </button>
        ) : null}
        {profile.kind === 'user' ? (
          <button type="button" aria-label={`Edit ${name}`} onClick={() => onEdit(profile)}>
            Edit
          </button>
        ) : null}
        <button type="button" aria-label={`Test ${name}`} disabled={test.phase === 'testing'} onClick={() => void runTest()}>
          Test
        </button>
        {profile.kind !== 'environment' ? (
          <button
            ref={removeButton}
            type="button"
            aria-label={`Remove ${name}`}
            aria-expanded={confirming}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label={`Confirm removal of ${name}`}>
          <p>Remove “{name}” and its stored key? This cannot be undone.</p>
          <button
            type="button"
            className="danger"
            aria-label={`Yes, remove ${name}`}
            disabled={busy}
            onClick={() => void act(() => removeProfile(facade, profile.id)).then(() => setConfirming(false))}
          >
            Yes, remove
          </button>
          <button
            type="button"
            aria-label={`Keep ${name}`}
            autoFocus
            onClick={() => {
              setConfirming(false)
              removeButton.current?.focus()
            }}
          >
            Keep
          </button>
        </div>
      ) : null}
      {test.phase !== 'idle' ? <ConnectionTestStatus state={test} /> : null}
      {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
    </li>
  )
}

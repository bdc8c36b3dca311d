import { useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { activateProfile, removeProfile, testConnection } from '../../stores/profiles-actions'
import type { ConnectionTestState } from './ConnectionTestStatus'
import { TestVerdict } from './TestVerdict'
import { keyStatusText } from './key-status'
import { RemoveProfileConfirm } from './RemoveProfileConfirm'

/** Props: one profile, the others (for "which next?"), and how to open it for editing. */
export interface ProfileRowProps {
  profile: ProfileView
  others: readonly ProfileView[]
  onEdit: (profile: ProfileView) => void
  /** After a removal: focus has to go somewhere meaningful, the row is gone. */
  onRemoved: (profile: ProfileView) => void
}

/** The DOM id of a profile's row, so Settings can focus it after save or Use. */
export function profileRowId(id: string): string {
  return `profile-row-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`
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
export function ProfileRow({ profile, others, onEdit, onRemoved }: ProfileRowProps) {
  const facade = useFacade()
  const [confirming, setConfirming] = useState(false)
  const removeButton = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [test, setTest] = useState<ConnectionTestState>({ phase: 'idle' })
  const row = useRef<HTMLLIElement>(null)
  const name = profile.name

  const act = async (action: () => Promise<{ ok: boolean; error?: AppError }>): Promise<boolean> => {
    setBusy(true)
    setFailure(null)
    const result = await action()
    setBusy(false)
    if (!result.ok && result.error) setFailure(result.error)
    return result.ok
  }
  const use = async () => {
    // The Use button disappears once this profile is active: keep focus on its row.
    if (await act(() => activateProfile(facade, profile.id))) row.current?.focus()
  }
  const remove = async (nextActiveId: string | null | undefined) => {
    if (await act(() => removeProfile(facade, profile.id, nextActiveId))) onRemoved(profile)
  }
  const runTest = async () => {
    setTest({ phase: 'testing' })
    const result = await testConnection(facade, { id: profile.id })
    setTest(result.ok ? { phase: 'done', result: result.value } : { phase: 'failed', error: result.error })
  }

  return (
    <li
      ref={row}
      id={profileRowId(profile.id)}
      tabIndex={-1}
      aria-label={`${name}${profile.active ? ' (active)' : ''}`}
      className={profile.active ? 'profile-row profile-row--active' : 'profile-row'}
    >
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
          <button type="button" aria-label={`Use ${name}`} disabled={busy} onClick={() => void use()}>
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
        <RemoveProfileConfirm
          profile={profile}
          others={others}
          busy={busy}
          onConfirm={(next) => void remove(next)}
          onKeep={() => {
            setConfirming(false)
            removeButton.current?.focus()
          }}
        />
      ) : null}
      {test.phase !== 'idle' ? (
        <TestVerdict state={test} />
      ) : null}
      {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
    </li>
  )
}

import { useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { ThemeSwitch } from '../../components/ThemeSwitch'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useDocumentTitle } from '../../routes/use-document-title'
import { refreshProfiles, restoreSandboxProfile } from '../../stores/profiles-actions'
import { useProfilesStore } from '../../stores/profiles-store'
import { notify } from '../../toasts/toasts-store'
import { ErrorLogPanel } from './ErrorLogPanel'
import { ProfileForm } from './ProfileForm'
import { ProfileRow, profileRowId } from './ProfileRow'
import { StorageStatusPanel } from './StorageStatusPanel'

type Editor = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; id: string }

/**
 * Settings: the connection profiles (list, add, edit, test, use, remove, restore the sandbox) and
 * the key storage status with its weaker-protection opt-in, appearance, and the error log's housekeeping.
 */
export function SettingsScreen() {
  const facade = useFacade()
  const { profiles, storage, status, error } = useProfilesStore()
  const sandboxRestorable = useProfilesStore((s) => s.sandboxRestorable)
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' })
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null)
  const focusedRequest = useRef(0)
  const [restoring, setRestoring] = useState(false)
  const [restoreFailure, setRestoreFailure] = useState<AppError | null>(null)
  const profilesHeading = useRef<HTMLHeadingElement>(null)
  const editing = editor.mode === 'edit' ? (profiles.find((p) => p.id === editor.id) ?? null) : null
  useDocumentTitle('Settings')

  // After a save, the row exists only once the list is refreshed: focus it when it is there.
  useEffect(() => {
    if (!focusRequest || focusedRequest.current === focusRequest.n) return
    const row = document.getElementById(profileRowId(focusRequest.id))
    if (!row) return
    row.focus()
    focusedRequest.current = focusRequest.n
  }, [focusRequest, profiles])
  const focusRow = (id: string) => setFocusRequest((previous) => ({ id, n: (previous?.n ?? 0) + 1 }))

  const onSaved = (profile: ProfileView) => {
    setEditor({ mode: 'closed' })
    focusRow(profile.id)
    notify(`Profile “${profile.name}” saved.`)
  }
  const onRemoved = (profile: ProfileView) => {
    if (editor.mode === 'edit' && editor.id === profile.id) setEditor({ mode: 'closed' })
    notify(`Profile “${profile.name}” removed.`)
    profilesHeading.current?.focus()
  }
  const restore = async () => {
    setRestoring(true)
    setRestoreFailure(null)
    const result = await restoreSandboxProfile(facade)
    setRestoring(false)
    if (!result.ok) return setRestoreFailure(result.error)
    notify('Sandbox profile restored, with its demo data.')
    focusRow(result.value.id)
  }

  return (
    <div className="screen">
      <h1 tabIndex={-1}>Settings</h1>
      <section className="panel" aria-labelledby="profiles-heading">
        <div className="section-header">
          <h2 id="profiles-heading" ref={profilesHeading} tabIndex={-1}>
            Connection profiles
          </h2>
          <div className="button-row">
            {sandboxRestorable ? (
              <button type="button" disabled={restoring} onClick={() => void restore()}>
                Restore sandbox profile
              </button>
            ) : null}
            <button type="button" onClick={() => setEditor({ mode: 'new' })}>
              Add profile
            </button>
          </div>
        </div>
        {status === 'loading' || status === 'idle' ? <p role="status">Loading profiles…</p> : null}
        {error ? <ErrorNotice error={error} onRetry={() => void refreshProfiles(facade)} /> : null}
        {restoreFailure ? <ErrorNotice error={restoreFailure} headingLevel={3} /> : null}
        {status === 'ready' && profiles.length === 0 ? (
          <p className="empty-state__title">No profiles yet. Add one with your ColdSend base URL and API key.</p>
        ) : null}
        <ul className="profile-list">
          {profiles.map((profile) => (
            <ProfileRow
              key={profile.id}
              profile={profile}
              others={profiles.filter((p) => p.id !== profile.id)}
              onEdit={(p) => setEditor({ mode: 'edit', id: p.id })}
              onRemoved={onRemoved}
            />
          ))}
        </ul>
        {editor.mode === 'new' || editing ? (
          <ProfileForm
            key={editing ? `edit:${editing.id}` : 'new'}
            editing={editing}
            onSaved={onSaved}
            onClose={() => setEditor({ mode: 'closed' })}
          />
        ) : null}
      </section>
      {storage ? <StorageStatusPanel storage={storage} /> : null}
      <section className="panel" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <ThemeSwitch />
      </section>
      <ErrorLogPanel />
    </div>
  )
}

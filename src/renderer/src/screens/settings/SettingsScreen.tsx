import { useState } from 'react'
import type { ProfileView } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { refreshProfiles } from '../../stores/profiles-actions'
import { useProfilesStore } from '../../stores/profiles-store'
import { ProfileForm } from './ProfileForm'
import { ProfileRow } from './ProfileRow'
import { StorageStatusPanel } from './StorageStatusPanel'

type Editor = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; id: string; fallback?: ProfileView }

/**
 * Settings: the connection profiles (list, add, edit, test, use, remove) and the key storage status
 * with its weaker-protection opt-in.
 */
export function SettingsScreen() {
  const facade = useFacade()
  const { profiles, storage, status, error } = useProfilesStore()
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' })
  const [notice, setNotice] = useState('')
  const editing = editor.mode === 'edit' ? (profiles.find((p) => p.id === editor.id) ?? editor.fallback ?? null) : null

  const onSaved = (profile: ProfileView) => {
    setNotice(`Profile “${profile.name}” saved.`)
    setEditor({ mode: 'edit', id: profile.id, fallback: profile })
  }

  return (
    <div className="screen">
      <h1 tabIndex={-1}>Settings</h1>
      <section className="panel" aria-labelledby="profiles-heading">
        <div className="section-header">
          <h2 id="profiles-heading">Connection profiles</h2>
          <button
            type="button"
            onClick={() => {
              setNotice('')
              setEditor({ mode: 'new' })
            }}
          >
            Add profile
          </button>
        </div>
        <p className="confirmation" role="status">
          {notice}
        </p>
        {status === 'loading' || status === 'idle' ? <p role="status">Loading profiles…</p> : null}
        {error ? <ErrorNotice error={error} onRetry={() => void refreshProfiles(facade)} /> : null}
        {status === 'ready' && profiles.length === 0 ? (
          <p className="empty-state__title">No profiles yet. Add one with your ColdSend base URL and API key.</p>
        ) : null}
        <ul className="profile-list">
          {profiles.map((profile) => (
            <ProfileRow
              key={profile.id}
              profile={profile}
              onEdit={(p) => {
                setNotice('')
                setEditor({ mode: 'edit', id: p.id })
              }}
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
    </div>
  )
}

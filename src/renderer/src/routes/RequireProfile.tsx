import type { ReactNode } from 'react'
import { useFacade } from '../bridge/facade-context'
import { FirstRunNotice } from '../components/FirstRunNotice'
import { ErrorNotice } from '../guidance/ErrorNotice'
import { refreshProfiles } from '../stores/profiles-actions'
import { useProfilesStore } from '../stores/profiles-store'
import { useDocumentTitle } from './use-document-title'

/**
 * Screens that read ColdSend data need an active profile: until there is one, they show their
 * heading and the way to connect (or why the profiles could not be read) instead of an empty table.
 */
export function RequireProfile({ title, children }: { title: string; children: ReactNode }) {
  const facade = useFacade()
  const { status, error, activeId } = useProfilesStore()
  if (activeId) return <>{children}</>
  return <NoProfile title={title} status={status} error={error} retry={() => void refreshProfiles(facade)} />
}

function NoProfile({ title, status, error, retry }: { title: string; status: string; error: ReturnType<typeof useProfilesStore.getState>['error']; retry: () => void }) {
  useDocumentTitle(title)
  return (
    <div className="screen">
      <h1 tabIndex={-1}>{title}</h1>
      {status === 'idle' || status === 'loading' ? <p role="status">Loading connection profiles…</p> : null}
      {status === 'error' && error ? <ErrorNotice error={error} onRetry={retry} /> : null}
      {status === 'ready' ? <FirstRunNotice /> : null}
    </div>
  )
}

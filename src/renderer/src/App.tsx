import { useEffect, useRef } from 'react'
import { useFacade } from './bridge/facade-context'
import { ConnectionBanner } from './components/ConnectionBanner'
import { NotConnectedScreen } from './components/NotConnectedScreen'
import { StartupNotices } from './components/StartupNotices'
import { FirstRunNotice } from './components/FirstRunNotice'
import { NavBar } from './components/NavBar'
import { TopBar } from './components/TopBar'
import { ErrorNotice } from './guidance/ErrorNotice'
import { CampaignsScreen } from './screens/campaigns/CampaignsScreen'
import { SettingsScreen } from './screens/settings/SettingsScreen'
import { loadAppInfo, startApp } from './stores/app-actions'
import { useAppStore } from './stores/app-store'
import { useConnectionStore } from './stores/connection-store'
import { refreshProfiles } from './stores/profiles-actions'
import { useProfilesStore } from './stores/profiles-store'

function CampaignsRoute() {
  const facade = useFacade()
  const { status, error, activeId, profiles } = useProfilesStore()
  if (activeId && profiles.length > 0) return <CampaignsScreen />
  return (
    <div className="screen">
      <h1 tabIndex={-1}>Campaigns</h1>
      {status === 'idle' || status === 'loading' ? <p role="status">Loading connection profiles…</p> : null}
      {status === 'error' && error ? <ErrorNotice error={error} onRetry={() => void refreshProfiles(facade)} /> : null}
      {status === 'ready' ? <FirstRunNotice /> : null}
    </div>
  )
}

/**
 * The console shell: top bar, left navigation and the current screen. Starts the app (info,
 * profiles, push subscriptions) once, and moves focus to the new screen's heading on navigation.
 */
export function App() {
  const facade = useFacade()
  const route = useAppStore((s) => s.route)
  const main = useRef<HTMLElement>(null)
  const shownRoute = useRef(route)

  useEffect(() => startApp(facade), [facade])

  // Push events sent while the link was down are lost: read the state again once it is back.
  const reconnects = useConnectionStore((s) => s.reconnects)
  const refused = useConnectionStore((s) => s.state === 'refused')
  useEffect(() => {
    if (reconnects === 0) return
    void loadAppInfo(facade)
    void refreshProfiles(facade)
  }, [facade, reconnects])

  useEffect(() => {
    if (shownRoute.current === route) return
    shownRoute.current = route
    main.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [route])

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar />
      <ConnectionBanner />
      <NavBar />
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <StartupNotices />
        {refused ? <NotConnectedScreen /> : route === 'campaigns' ? <CampaignsRoute /> : <SettingsScreen />}
      </main>
    </div>
  )
}

import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useFacade } from './bridge/facade-context'
import { ConnectionBanner } from './components/ConnectionBanner'
import { NavBar } from './components/NavBar'
import { NotConnectedScreen } from './components/NotConnectedScreen'
import { StartupNotices } from './components/StartupNotices'
import { TopBar } from './components/TopBar'
import { CommandPalette } from './palette/CommandPalette'
import { AppRoutes } from './routes/AppRoutes'
import { useFocusOnNavigation } from './routes/use-focus-on-navigation'
import { loadAppInfo, startApp } from './stores/app-actions'
import { useConnectionStore } from './stores/connection-store'
import { refreshProfiles } from './stores/profiles-actions'
import { ToastRegion } from './toasts/ToastRegion'

/**
 * The console shell: top bar, sidebar, the routed screen, notifications and the command palette.
 * Starts the app (info, profiles, push subscriptions) once; refetches everything after a reconnect.
 */
export function App() {
  const facade = useFacade()
  const queryClient = useQueryClient()
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigation(main)

  useEffect(() => startApp(facade), [facade])

  // Push events sent while the link was down are lost: read the state again once it is back.
  const reconnects = useConnectionStore((s) => s.reconnects)
  const refused = useConnectionStore((s) => s.state === 'refused')
  useEffect(() => {
    if (reconnects === 0) return
    void loadAppInfo(facade)
    void refreshProfiles(facade)
    void queryClient.invalidateQueries()
  }, [facade, reconnects, queryClient])

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <TopBar />
      <ConnectionBanner />
      <NavBar />
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <StartupNotices />
        {refused ? <NotConnectedScreen /> : <AppRoutes />}
      </main>
      <ToastRegion />
      {refused ? null : <CommandPalette />}
    </div>
  )
}

import type { ColdsendFacade } from '../../../shared/contract/facade'
import { useAppStore } from './app-store'
import { refreshProfiles, subscribeProfileChanges } from './profiles-actions'

/** Loads what the shell says about itself (version, shell, sandbox state). */
export async function loadAppInfo(facade: ColdsendFacade): Promise<void> {
  const result = await facade.app.info({})
  if (result.ok) useAppStore.getState().setInfo(result.value)
  else useAppStore.getState().setInfoError(result.error)
}

/** Keeps the request budget the core publishes, so the top bar can show what is left. */
export function subscribeRateLimit(facade: ColdsendFacade): () => void {
  return facade.on('rateLimit.state', (state) => useAppStore.getState().setRateLimit(state))
}

/** Start-up: app info, profiles, and the push subscriptions; returns the cleanup for unmount. */
export function startApp(facade: ColdsendFacade): () => void {
  const unsubscribers = [subscribeProfileChanges(facade), subscribeRateLimit(facade)]
  void loadAppInfo(facade)
  void refreshProfiles(facade)
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe())
}

import { usePreferencesStore, type ThemePreference } from '../stores/preferences-store'

/**
 * Puts a theme choice on <html>: data-theme="light" or "dark" forces that theme; for 'system' the
 * attribute is removed and the CSS follows `prefers-color-scheme` (see styles/tokens.css).
 */
export function applyTheme(theme: ThemePreference, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}

/**
 * Startup hook for the app shell (call before the first render to avoid a flash of the wrong
 * theme): applies the stored choice now and again whenever it changes. Returns the unsubscribe.
 */
export function applyStoredTheme(root: HTMLElement = document.documentElement): () => void {
  applyTheme(usePreferencesStore.getState().theme, root)
  return usePreferencesStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme) applyTheme(state.theme, root)
  })
}
